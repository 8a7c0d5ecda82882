"""Whole rendered Wagtail pages cached for anonymous readers, dropped when one could change.

``PageCacheMiddleware`` sits near the top of ``MIDDLEWARE``: a hit answers before sessions,
authentication or the database are touched; a miss runs the full stack and the finished
response (with every header) is stored when all of these hold:

- a plain GET without a session or messages cookie or Authorization header, not from
  Wagtail's preview (``request.is_dummy``), with no query parameters other than
  ``PAGE_CACHE_QUERY_PARAMS``;
- the response came from a Wagtail page (``home.wagtail_hooks`` marks the request), the page
  and its ancestors have no view restriction (private or password pages are never stored);
- status 200, no cookie set, no ``Cache-Control`` private/no-cache/no-store (the feedback
  form and thank-you page say never-cache), no ``Vary`` beyond language and cookie.

Search (``/sok/``) and other plain Django views are never marked, so never stored.

The key holds the host, language, path, the allowed query and the install's generation
number; the entry holds its site's generation number when it was stored, and a hit whose
site has a newer one is a miss (``generation``). ``invalidation`` starts a new generation,
the install's or the changed sites', when a public page can change.
Logged-in staff always get a fresh render, so an editor never sees a stale page. Share the
cache between app servers (Redis) or processes (file cache), or the generation is only bumped
in the process that saved.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import cc_delim_re
from django.utils.translation import get_language_from_path
from wagtail.models import Site

from .generation import generation, site_generation
from .privacy import is_restricted

HIT_HEADER = "X-Page-Cache"
UNCACHEABLE_CACHE_CONTROL = {"private", "no-cache", "no-store", "max-age=0"}
ALLOWED_VARY = {"accept-language", "cookie", "accept-encoding"}
MAX_QUERY_VALUE = 40
MESSAGES_COOKIE = "messages"  # django.contrib.messages' cookie storage: a message is waiting


def cache_key(request):
    """The request's key, or None when it may not be served from or stored in the cache."""
    if settings.PAGE_CACHE_SECONDS <= 0 or request.method != "GET":
        return None
    if getattr(request, "is_dummy", False) or request.path_info.startswith(
        tuple(settings.PAGE_CACHE_SKIP_PREFIXES)
    ):
        return None
    if "HTTP_AUTHORIZATION" in request.META or any(
        name in request.COOKIES for name in (settings.SESSION_COOKIE_NAME, MESSAGES_COOKIE)
    ):
        return None
    allowed = settings.PAGE_CACHE_QUERY_PARAMS
    query = sorted(request.GET.lists())
    for name, values in query:
        if name not in allowed or len(values) > 1 or len(values[0]) > MAX_QUERY_VALUE:
            return None
    language = get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    raw = f"{request.get_host()}|{language}|{request.path}|{query}"
    return f"pagecache:{generation()}:{hashlib.sha256(raw.encode()).hexdigest()}"


def _cache_control_allows(response):
    tokens = {t.strip().lower() for t in cc_delim_re.split(response.get("Cache-Control", ""))}
    return not tokens & UNCACHEABLE_CACHE_CONTROL


def _vary_allows(response):
    tokens = {t.strip().lower() for t in cc_delim_re.split(response.get("Vary", "")) if t}
    return tokens <= ALLOWED_VARY


def is_public_page(page):
    return page is not None and not is_restricted(page)


def storable(request, response):
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and _cache_control_allows(response)
        and _vary_allows(response)
        and is_public_page(getattr(request, "page_cache_page", None))
    )


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = cache_key(request)
        if key is not None:
            stored = cache.get(key)
            if stored is not None:
                content, headers, site_id, stored_generation = stored
                if site_generation(site_id) == stored_generation:
                    response = HttpResponse(content, headers=headers)
                    response[HIT_HEADER] = "hit"
                    return response
            # Read before rendering, so a change made meanwhile leaves this entry stale. The
            # site is kept on the request: the page's view finds it without asking again.
            site = Site.find_for_request(request)
            site_id = site.pk if site else None
            started_generation = site_generation(site_id)
        response = self.get_response(request)
        if key is not None and storable(request, response):
            entry = (response.content, dict(response.items()), site_id, started_generation)
            cache.set(key, entry, timeout=settings.PAGE_CACHE_SECONDS)
            response[HIT_HEADER] = "miss"
        return response
