"""The page cache's generation numbers: a new one makes cached pages stale, nothing is deleted.

Two kinds:

- the install's generation, part of every key: ``invalidate()`` makes every cached page of
  every site stale (a glossary term, an image, a deploy);
- each site's generation, stored with each cached page of that site and compared on every
  hit: ``invalidate(site_ids)`` makes only those sites' pages stale (a page published in one
  municipality, its settings, its improvements), and every other site's cache stays warm.

A missing number (never set, or evicted) is made anew, never read as an old one, so an
eviction can only make pages stale, not bring a stale page back. The lowest module of the
page cache; ``privacy`` keys its lookups with the install's generation.
"""

import time

from django.core.cache import cache

GENERATION_KEY = "pagecache:generation"
SITE_GENERATION_KEY = "pagecache:site-generation:"


def _read(key):
    value = cache.get(key)
    if value is None:
        cache.add(key, time.time_ns(), timeout=None)
        value = cache.get(key)
    return value


def generation():
    return _read(GENERATION_KEY)


def site_generation(site_id):
    return _read(f"{SITE_GENERATION_KEY}{site_id}")


def invalidate(site_ids=None, **kwargs):
    """Make the pages of ``site_ids`` stale; without them (or as a signal receiver), every
    site's pages."""
    now = time.time_ns()
    if site_ids is None:
        cache.set(GENERATION_KEY, now, timeout=None)
    else:
        cache.set_many({f"{SITE_GENERATION_KEY}{pk}": now for pk in site_ids}, timeout=None)
