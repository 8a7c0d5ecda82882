"""The client's address, taken only from what a trusted proxy wrote, and kept only as a hash.

**Which address.** ``X-Forwarded-For`` is written from the left by whoever sends the request:
a client can put any address there. Each proxy in front of the portal *appends* the address
it saw, so only the right-most ``TRUSTED_PROXY_COUNT`` entries come from our own proxies, and
the client is the right-most of them (the entry the outermost proxy wrote). django-ipware
picks it (``proxy_count`` counts the proxies between that entry and us, so it is
``TRUSTED_PROXY_COUNT - 1``); entries to the left of it are never read. With
``TRUSTED_PROXY_COUNT = 0`` (the default: gunicorn faces the clients) no header is read at
all, only ``REMOTE_ADDR``; so too when the header is missing or has fewer entries than there
are proxies (a request that did not come through all of them).

**Only as a hash.** ``daily_address_hash`` is an HMAC with SECRET_KEY, salted with a purpose
and today's date, so it cannot be turned back into an address and the same client cannot be
followed from one day to the next. Callers keep it only in the counters cache (rate limits,
login protection), never in the database or a log.
"""

from django.conf import settings
from django.utils import timezone
from django.utils.crypto import salted_hmac
from ipware import get_client_ip


def client_address(request) -> str:
    proxies = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    if proxies > 0:
        address, _routable = get_client_ip(
            request,
            proxy_order="left-most",
            proxy_count=proxies - 1,
            request_header_order=[settings.CLIENT_ADDRESS_HEADER],
            strict=False,
        )
        if address:
            return address
    return request.META.get("REMOTE_ADDR", "")


def address_hash(request, purpose: str) -> str:
    """A keyed hash of the address that stays the same across days (for known-good logins)."""
    return salted_hmac(purpose, client_address(request)).hexdigest()


def daily_address_hash(request, purpose: str) -> str:
    return address_hash(request, f"{purpose}.{timezone.localdate().isoformat()}")
