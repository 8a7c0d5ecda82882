"""A new page-cache generation with the changes a public page shows, and only those:

- a page published, unpublished, moved (or reordered) or deleted, and a live page saved
  outside the revision workflow (a copy or alias made live, code);
- the public snippets (``PAGE_CACHE_INVALIDATING_MODELS``): glossary terms, situations,
  themes, improvements (shown on "Ni sa – vi gjorde") and their theme links;
- site settings, sites, locales, images, documents, redirects and view restrictions;
- every ``migrate``, so a deploy.

Everything else leaves the cache warm: a draft (a page revision without publish, a yearly
report's draft, a lock or workflow step), children's answers and their themes, the danger
words, users and groups. ``home.apps`` connects the signals when the apps are ready.

A change that belongs to sites empties only theirs (``sites_of``): a page, the sites whose
tree it is in (an alias in another municipality's tree is published with its original, and
empties that site too); a site's settings, that site; a row that names its own sites
(``page_cache_site_ids()``, e.g. a municipality's improvement or theme), those. Anything else
(glossary terms, images, a page outside every site, a move, a deploy) empties every site.
"""

from django.conf import settings
from django.db.models.signals import post_delete, post_migrate, post_save
from wagtail.models import Page, Site

from .generation import invalidate

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


def sites_of(instance):
    """The ids of the sites whose pages ``instance`` can change, or None for every site."""
    if isinstance(instance, Page):
        ids = [
            root.site_id
            for root in Site.get_site_root_paths()
            if instance.url_path.startswith(root.root_path)
        ]
        return ids or None
    if getattr(instance, "site_id", None) and not isinstance(instance, Site):
        return [instance.site_id]  # a site's settings
    if hasattr(instance, "page_cache_site_ids"):
        return instance.page_cache_site_ids()
    return None


def on_page_changed(sender, instance, **kwargs):
    invalidate(sites_of(instance))


def on_model_saved(sender, instance, update_fields=None, **kwargs):
    if issubclass(sender, invalidating_models()) and not is_draft_save(instance, update_fields):
        invalidate(sites_of(instance))


def on_model_deleted(sender, instance, **kwargs):
    if issubclass(sender, invalidating_models()):
        invalidate(sites_of(instance))


def connect_invalidation():
    """Connect ``invalidate`` to every change that can alter a public page's output (the list
    in this module's docstring)."""
    from wagtail import signals

    signals.page_published.connect(on_page_changed, dispatch_uid="pagecache.published")
    signals.page_unpublished.connect(on_page_changed, dispatch_uid="pagecache.unpublished")
    signals.post_page_move.connect(invalidate, dispatch_uid="pagecache.moved")
    post_save.connect(on_model_saved, dispatch_uid="pagecache.saved")
    post_delete.connect(on_model_deleted, dispatch_uid="pagecache.deleted")
    # A deploy runs migrate: pages cached by the old code (old static file names) go too.
    post_migrate.connect(invalidate, dispatch_uid="pagecache.migrated")
