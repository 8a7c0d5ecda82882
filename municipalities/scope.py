"""Which municipalities' rows a request may see: one rule, applied by the models' manager.

Every model a municipality owns (``MunicipalityOwned``) is read through ``ScopedManager``: while
a scope is active, its default manager returns only the rows of the municipalities in scope.
``MunicipalityScopeMiddleware`` activates a scope for every request: in the admin, the
municipalities of the signed-in person's groups (a superuser: all); on the site, the
municipality whose host was asked for. Lists, inspect and edit views, exports, choosers,
search, dashboards and the politicians' pages all read through the default manager, so none
of them can show another municipality's rows. Outside a request (management commands, the
demo loader, migrations) there is no scope and every row is seen.

The scope is resolved lazily, at the first query of an owned model: a page that reads none
costs no query.
"""

import contextvars
from contextlib import contextmanager

from django.contrib.admin import display as admin_display
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from municipalities.models import Municipality

_scope = contextvars.ContextVar("municipality_scope", default=None)


class _Lazy:
    def __init__(self, resolve):
        self.resolve = resolve
        self.ids = None

    def get(self):
        if self.ids is None:
            self.ids = frozenset(self.resolve())
        return self.ids


def current():
    """The ids of the municipalities in scope, or None when there is no scope (all rows)."""
    value = _scope.get()
    return None if value is None else value.get()


@contextmanager
def scoped(resolve):
    """Limit owned models to the municipalities ``resolve()`` returns (called at first use)."""
    token = _scope.set(_Lazy(resolve))
    try:
        yield
    finally:
        _scope.reset(token)


@contextmanager
def unscoped():
    """Every row, e.g. for a superuser."""
    token = _scope.set(None)
    try:
        yield
    finally:
        _scope.reset(token)


class ScopedManager(models.Manager):
    """The default manager of owned models: only the rows of the municipalities in scope."""

    def get_queryset(self):
        queryset = super().get_queryset()
        ids = current()
        if ids is None:
            return queryset
        rows = Q(municipality__in=ids)
        if self.model.shared_rows:
            rows |= Q(municipality__isnull=True)
        return queryset.filter(rows)


def default_municipality():
    """The municipality a new row belongs to when none is given: the one in scope, or else the
    default site's (an install with one municipality needs no choice)."""
    ids = current()
    if ids is not None and len(ids) == 1:
        return next(iter(ids))
    return (
        Municipality.objects.filter(site__is_default_site=True).values_list("pk", flat=True).first()
    )


def municipality_field(**options):
    return models.ForeignKey(
        Municipality,
        verbose_name=_("kommun"),
        on_delete=models.PROTECT,
        related_name="+",
        **options,
    )


class MunicipalityOwned(models.Model):
    """A row that belongs to one municipality."""

    shared_rows = False

    municipality = municipality_field(default=default_municipality)

    objects = ScopedManager()

    class Meta:
        abstract = True

    def page_cache_site_ids(self):
        """The site whose public pages can show this row (portal.pagecache); a shared row:
        None, every site's."""
        if self.municipality_id is None:
            return None
        return [Municipality.objects.values_list("site_id", flat=True).get(pk=self.municipality_id)]


class SharedOrMunicipal(MunicipalityOwned):
    """A row of one municipality, or, without a municipality, shared by every municipality of
    the install (e.g. the county's list of danger words): read by all, changed by superusers
    (municipalities.permissions.SharedRowsPolicy). A new row is the municipality's in scope,
    as for ``MunicipalityOwned``; a shared row is made with ``municipality=None``."""

    shared_rows = True

    municipality = municipality_field(
        null=True,
        blank=True,
        default=default_municipality,
        help_text=_("Tom: gemensam för alla kommuner."),
    )

    class Meta:
        abstract = True

    @admin_display(description=_("Kommun"))
    def whose(self):
        """Its municipality's name, or that it is shared (for the admin's lists)."""
        return str(self.municipality) if self.municipality_id else _("Gemensam")


def unique_shared_and_per_municipality(field, prefix):
    """The constraints of a ``SharedOrMunicipal`` model whose ``field`` is unique among the
    shared rows and within each municipality's own (named ``<prefix>_unique_shared`` and
    ``<prefix>_unique_per_municipality``)."""
    return [
        models.UniqueConstraint(
            fields=[field],
            condition=Q(municipality__isnull=True),
            name=f"{prefix}_unique_shared",
        ),
        models.UniqueConstraint(
            fields=["municipality", field], name=f"{prefix}_unique_per_municipality"
        ),
    ]
