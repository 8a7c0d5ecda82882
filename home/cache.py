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

The key holds the host, language, path, the allowed query and a generation number kept in
the cache. A new generation (the next reader gets a fresh render) comes with the changes a
public page shows, and only those:

- a page published, unpublished, moved (or reordered) or deleted, and a live page saved
  outside the revision workflow (a copy or alias made live, code);
- the public snippets (``PAGE_CACHE_INVALIDATING_MODELS``): glossary terms, situations,
  themes, improvements (shown on "Ni sa – vi gjorde") and their theme links;
- site settings, sites, locales, images, documents, redirects and view restrictions;
- every ``migrate``, so a deploy.

Everything else leaves the cache warm: a draft (a page revision without publish, a yearly
report's draft, a lock or workflow step), children's answers and their themes, the danger
words, users and groups. Logged-in staff always get a fresh render, so an editor never sees
a stale page. Share the cache between app servers (Redis) or processes (file cache), or the
generation is only bumped in the process that saved.
"""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete, post_migrate, post_save
from django.http import HttpResponse
from django.utils.cache import cc_delim_re
from django.utils.translation import get_language_from_path

GENERATION_KEY = "pagecache:generation"
HIT_HEADER = "X-Page-Cache"
UNCACHEABLE_CACHE_CONTROL = {"private", "no-cache", "no-store", "max-age=0"}
ALLOWED_VARY = {"accept-language", "cookie", "accept-encoding"}
MAX_QUERY_VALUE = 40
MESSAGES_COOKIE = "messages"  # django.contrib.messages' cookie storage: a message is waiting


def generation():
    value = cache.get(GENERATION_KEY)
    if value is None:
        cache.add(GENERATION_KEY, time.time_ns(), timeout=None)
        value = cache.get(GENERATION_KEY)
    return value


def invalidate(**kwargs):
    """Every cached page becomes stale at once (a new generation, nothing to delete)."""
    cache.set(GENERATION_KEY, time.time_ns(), timeout=None)


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
    from .page_privacy import is_restricted

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
                content, headers = stored
                response = HttpResponse(content, headers=headers)
                response[HIT_HEADER] = "hit"
                return response
        response = self.get_response(request)
        if key is not None and storable(request, response):
            headers = dict(response.items())
            cache.set(key, (response.content, headers), timeout=settings.PAGE_CACHE_SECONDS)
            response[HIT_HEADER] = "miss"
        return response


# Page fields a draft, a lock or a workflow step writes: no public page shows them.
DRAFT_FIELDS = frozenset(
    {
        "comments",
        "draft_title",
        "has_unpublished_changes",
        "latest_revision",
        "latest_revision_created_at",
        "locked",
        "locked_at",
        "locked_by",
    }
)

_invalidating_models = None


def invalidating_models():
    """Pages, settings and ``PAGE_CACHE_INVALIDATING_MODELS`` (known once the apps are loaded)."""
    global _invalidating_models
    if _invalidating_models is None:
        from django.apps import apps
        from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
        from wagtail.models import Page

        models = [Page, BaseSiteSetting, BaseGenericSetting]
        models += [apps.get_model(label) for label in settings.PAGE_CACHE_INVALIDATING_MODELS]
        _invalidating_models = tuple(models)
    return _invalidating_models


def is_draft_save(instance, update_fields):
    """A save that writes only revision or lock bookkeeping, or one of a page not live.

    Publishing and unpublishing send their own signals (``connect_invalidation``).
    """
    if update_fields is not None and set(update_fields) <= DRAFT_FIELDS:
        return True
    return not getattr(instance, "live", True)


def on_model_saved(sender, instance, update_fields=None, **kwargs):
    if issubclass(sender, invalidating_models()) and not is_draft_save(instance, update_fields):
        invalidate()


def on_model_deleted(sender, **kwargs):
    if issubclass(sender, invalidating_models()):
        invalidate()


def connect_invalidation():
    """Connect ``invalidate`` to every change that can alter a public page's output (the list
    in this module's docstring)."""
    from wagtail import signals

    signals.page_published.connect(invalidate, dispatch_uid="home.cache.published")
    signals.page_unpublished.connect(invalidate, dispatch_uid="home.cache.unpublished")
    signals.post_page_move.connect(invalidate, dispatch_uid="home.cache.moved")
    post_save.connect(on_model_saved, dispatch_uid="home.cache.saved")
    post_delete.connect(on_model_deleted, dispatch_uid="home.cache.deleted")
    # A deploy runs migrate: pages cached by the old code (old static file names) go too.
    post_migrate.connect(invalidate, dispatch_uid="home.cache.migrated")
