"""Rate limit for anonymous feedback, kept only in the cache.

The key is a keyed hash of the client address that changes every day
(``home.client_address``); it is never written to the database or to a log, and it expires
from the cache after the window.
"""

from django.conf import settings
from django.core.cache import cache

from home.client_address import daily_address_hash


def cache_key(request):
    return "feedback:rl:" + daily_address_hash(request, "feedback.ratelimit")


def allow(request):
    """Count one submission; False when this client has sent too many in the window."""
    key = cache_key(request)
    window = settings.FEEDBACK_RATE_LIMIT_WINDOW
    cache.add(key, 0, timeout=window)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=window)
        count = 1
    return count <= settings.FEEDBACK_RATE_LIMIT
