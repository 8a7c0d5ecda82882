"""The client's address, only ever as a keyed hash that changes every day.

The hash is an HMAC with SECRET_KEY, salted with a purpose and today's date, so it cannot be
turned back into an address and the same client cannot be followed from one day to the next.
Callers keep it only in the cache (rate limits, login protection), never in the database or a
log.
"""

from django.conf import settings
from django.utils import timezone
from django.utils.crypto import salted_hmac


def client_address(request):
    header = getattr(settings, "FEEDBACK_CLIENT_ADDRESS_HEADER", None)
    if header and request.META.get(header):
        # e.g. X-Forwarded-For set by our own proxy: the first address is the client.
        return request.META[header].split(",")[0].strip()
    return request.META.get("REMOTE_ADDR", "")


def daily_address_hash(request, purpose: str) -> str:
    salt = f"{purpose}.{timezone.localdate().isoformat()}"
    return salted_hmac(salt, client_address(request)).hexdigest()
