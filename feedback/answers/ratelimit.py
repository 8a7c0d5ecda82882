"""Rate limit for anonymous feedback, kept only in the cache.

The key is a keyed hash of the client address that changes every day
(``portal.security.client_address``); it is never written to the database or to a log, and
it expires from the cache after the window.
"""

from django.conf import settings

from portal.security.client_address import daily_address_hash
from portal.security.counters import increment


def cache_key(request):
    return "feedback:rl:" + daily_address_hash(request, "feedback.ratelimit")


def allow(request):
    """Count one submission; False when this client has sent too many in the window."""
    count = increment(cache_key(request), settings.FEEDBACK_RATE_LIMIT_WINDOW)
    return count <= settings.FEEDBACK_RATE_LIMIT
