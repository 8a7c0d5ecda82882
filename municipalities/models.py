"""A municipality: one Wagtail Site with its own groups, owning its children's answers and its
improvements. Staff and politicians belong to a municipality through its groups."""

from django.contrib.auth.models import Group
from django.core.cache import cache
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.models import Site


class Municipality(models.Model):
    site = models.OneToOneField(
        "wagtailcore.Site",
        verbose_name=_("webbplats"),
        on_delete=models.PROTECT,
        related_name="municipality",
    )
    editors = models.OneToOneField(
        Group, verbose_name=_("redaktörer"), on_delete=models.PROTECT, related_name="+"
    )
    staff = models.OneToOneField(
        Group, verbose_name=_("handläggare"), on_delete=models.PROTECT, related_name="+"
    )
    politicians = models.OneToOneField(
        Group, verbose_name=_("politiker"), on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        verbose_name = _("kommun")
        verbose_name_plural = _("kommuner")
        ordering = ["site__site_name"]
        permissions = [("view_county_figures", _("Kan se länets siffror"))]

    def __str__(self):
        return self.site.site_name or self.site.hostname

    def groups(self):
        """Its Redaktörer, Handläggare and Politiker, in that order."""
        return [self.editors, self.staff, self.politicians]

    @property
    def address(self):
        """Where its pages are served, e.g. http://sundsvik.example.se"""
        return self.site.root_url

    @classmethod
    def of_groups(cls, groups):
        """The municipalities one of ``groups`` (groups or their ids) belongs to."""
        return cls.objects.filter(
            Q(editors__in=groups) | Q(staff__in=groups) | Q(politicians__in=groups)
        )

    @classmethod
    def ids_for_user(cls, user):
        """The municipalities whose groups ``user`` belongs to (a frozenset of ids)."""
        return frozenset(cls.of_groups(user.groups.all()).values_list("pk", flat=True))

    @classmethod
    def ids_for_site(cls, site):
        """The municipality of ``site`` (a frozenset of at most one id), read from the cache:
        every public page that shows a municipality's rows asks (emptied on every change)."""
        if site is None:
            return frozenset()
        key = f"{SITE_CACHE_KEY}{site.pk}"
        ids = cache.get(key)
        if ids is None:
            ids = frozenset(cls.objects.filter(site=site).values_list("pk", flat=True))
            cache.set(key, ids, None)
        return ids

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        forget_sites()

    def delete(self, *args, **kwargs):
        result = super().delete(*args, **kwargs)
        forget_sites()
        return result


SITE_CACHE_KEY = "municipality-of-site:"


def forget_sites():
    """Empty the cached site → municipality lookups (a municipality was added or changed)."""
    cache.delete_many([f"{SITE_CACHE_KEY}{pk}" for pk in Site.objects.values_list("pk", flat=True)])
