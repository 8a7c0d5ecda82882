"""Counters for rate limits and login protection, in a cache of their own.

They live in the ``counters`` cache alias, never in the one that holds rendered pages, so a
flood of page entries cannot evict them. Each count is atomic: ``add`` creates the key with
its lifetime, ``incr`` adds one (a single atomic step in Redis and in the local-memory cache;
in production's file cache ``portal.security.locked_file_cache`` runs both under a file lock).
Keys are keyed hashes, never an address or a name in clear.
"""

from django.core.cache import caches

ALIAS = "counters"


def counter_cache():
    return caches[ALIAS]


def increment(key, timeout):
    """Add one to the counter ``key`` (created with ``timeout`` seconds to live); the new count."""
    store = counter_cache()
    store.add(key, 0, timeout=timeout)
    try:
        return store.incr(key)
    except ValueError:  # it expired between add and incr
        store.add(key, 0, timeout=timeout)
        return store.incr(key)
