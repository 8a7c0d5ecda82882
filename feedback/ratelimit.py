"""Rate limit for anonymous feedback, kept only in the cache.

The key is a keyed hash (HMAC with SECRET_KEY) of the client address, salted with today's
date, so it changes every day and cannot be turned back into an address. It is never
written to the database or to a log, and it expires from the cache after the window.
"""

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone
from django.utils.crypto import salted_hmac


def client_address(request):
    header = getattr(settings, "FEEDBACK_CLIENT_ADDRESS_HEADER", None)
    if header and request.META.get(header):
        # e.g. X-Forwarded-For set by our own proxy: the first address is the client.
        return request.META[header].split(",")[0].strip()
    return request.META.get("REMOTE_ADDR", "")


def cache_key(request):
    salt = f"feedback.ratelimit.{timezone.localdate().isoformat()}"
    return "feedback:rl:" + salted_hmac(salt, client_address(request)).hexdigest()


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
