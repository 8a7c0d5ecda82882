"""Which pages are private (Wagtail page privacy), known without a query per lookup.

Wagtail's ``PageQuerySet.public()`` reads every view restriction each time it is called, and
a page's ``get_view_restrictions()`` costs two queries. The paths of the restricted pages
change only when a restriction or a page move changes, and both bump the page cache's
generation (``portal.pagecache.generation``), so they are read once per generation and kept in
the cache.
"""

from django.conf import settings
from django.core.cache import cache
from django.db.models import Q
from wagtail.models import Page, PageViewRestriction

from .generation import generation

RESTRICTED_PATHS_SECONDS = 60


def restricted_paths() -> list[str]:
    """Tree paths of the pages that carry a view restriction (their subtrees are private)."""

    def read():
        return sorted(PageViewRestriction.objects.values_list("page__path", flat=True))

    if settings.PAGE_CACHE_SECONDS <= 0:
        return read()
    key = f"pagecache:{generation()}:restricted-paths"
    paths = cache.get(key)
    if paths is None:
        paths = read()
        # Kept briefly even so: a cache that is not shared between processes must not hide a
        # new restriction from the others for long.
        cache.set(key, paths, timeout=min(settings.PAGE_CACHE_SECONDS, RESTRICTED_PATHS_SECONDS))
    return paths


def public_q() -> Q:
    """``Page.objects.filter(public_q())``: like ``.public()``, without its query."""
    q = Q()
    for path in restricted_paths():
        q &= ~Q(path__startswith=path)
    return q


def is_restricted(page) -> bool:
    """True for a page in a private subtree, and for an alias whose original is in one (an
    alias is private as its original is: Wagtail checks the original's restrictions)."""
    paths = tuple(restricted_paths())
    if page.path.startswith(paths):
        return True
    if page.alias_of_id:
        original = Page.objects.filter(pk=page.alias_of_id).values_list("path", flat=True).first()
        return original is None or original.startswith(paths)
    return False


class CachedPrivacyMixin:
    """For page models: Wagtail's view-restriction check costs no query on a public page.

    Wagtail calls ``get_view_restrictions()`` on every page it serves (two queries). A page
    outside every restricted subtree has none; any other page asks Wagtail as before.
    """

    def get_view_restrictions(self):
        if not is_restricted(self):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()
