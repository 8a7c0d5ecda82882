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
"""

from django.conf import settings
from django.db.models.signals import post_delete, post_migrate, post_save

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

    signals.page_published.connect(invalidate, dispatch_uid="pagecache.published")
    signals.page_unpublished.connect(invalidate, dispatch_uid="pagecache.unpublished")
    signals.post_page_move.connect(invalidate, dispatch_uid="pagecache.moved")
    post_save.connect(on_model_saved, dispatch_uid="pagecache.saved")
    post_delete.connect(on_model_deleted, dispatch_uid="pagecache.deleted")
    # A deploy runs migrate: pages cached by the old code (old static file names) go too.
    post_migrate.connect(invalidate, dispatch_uid="pagecache.migrated")
