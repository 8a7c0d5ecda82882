"""The page cache's generation number: part of every key, so a new one empties the cache.

Nothing is deleted: ``invalidate`` stores a new number, and every key made with the old one
is never asked for again (the entries expire on their own). The lowest module of the page
cache; ``privacy`` keys its lookups with the same number.
"""

import time

from django.core.cache import cache

GENERATION_KEY = "pagecache:generation"


def generation():
    value = cache.get(GENERATION_KEY)
    if value is None:
        cache.add(GENERATION_KEY, time.time_ns(), timeout=None)
        value = cache.get(GENERATION_KEY)
    return value


def invalidate(**kwargs):
    """Every cached page becomes stale at once (a new generation, nothing to delete)."""
    cache.set(GENERATION_KEY, time.time_ns(), timeout=None)
