"""A municipality: one Wagtail Site with its own groups, owning its children's answers and its
improvements. Staff and politicians belong to a municipality through its groups."""

from django.contrib.auth.models import Group
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


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

    def __str__(self):
        return self.site.site_name or self.site.hostname

    @classmethod
    def ids_for_user(cls, user):
        """The municipalities whose groups ``user`` belongs to (a frozenset of ids)."""
        groups = user.groups.all()
        members = Q(editors__in=groups) | Q(staff__in=groups) | Q(politicians__in=groups)
        return frozenset(cls.objects.filter(members).values_list("pk", flat=True))

    @classmethod
    def ids_for_site(cls, site):
        if site is None:
            return frozenset()
        return frozenset(cls.objects.filter(site=site).values_list("pk", flat=True))
