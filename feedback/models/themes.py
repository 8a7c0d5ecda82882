"""Themes: the Västernorrland model's headings, shared by feedback responses and improvements.

A Theme is a django-taggit tag model. Each model that is themed adds a ``TaggableManager``
with its own through model (``ItemBase`` with ``tag = ForeignKey(Theme, ...)``).

The model's four themes are shared by every municipality (no municipality); a team's own
themes are its municipality's, seen by no other. A name is unique among the shared themes and
each municipality's own; a slug is unique in the install, so a theme in an address is one theme.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from taggit.models import NaturalKeyManager, TagBase

from feedback.what_happened.child_words import band_text
from municipalities.scope import (
    ScopedManager,
    SharedOrMunicipal,
    unique_shared_and_per_municipality,
    unscoped,
)

# The model's own four headings, created by a data migration.
MODEL_THEMES = (
    "Om att ha kontakt med socialtjänsten",
    "Om delaktighet",
    "Om att bli intervjuad",
    "Om relationen till socialsekreteraren",
)


class ThemeManager(ScopedManager, NaturalKeyManager):
    pass


class Theme(TagBase, SharedOrMunicipal):
    """A theme; staff read its name, children on 'Ni sa – vi gjorde' its child name."""

    name = models.CharField(_("namn"), max_length=100)
    objects = ThemeManager()

    description = models.TextField(_("beskrivning"), blank=True)
    child_name = models.CharField(
        _("namn för barn (9–12 år)"),
        max_length=80,
        blank=True,
        help_text=_("Så ser barn temat på 'Ni sa – vi gjorde'. Tom: namnet ovan."),
    )
    child_name_5_8 = models.CharField(
        _("namn för barn (5–8 år)"), max_length=80, blank=True, help_text=_("Tom: samma som 9–12.")
    )
    child_name_13_18 = models.CharField(
        _("namn för barn (13–18 år)"),
        max_length=80,
        blank=True,
        help_text=_("Tom: samma som 9–12."),
    )

    class Meta(SharedOrMunicipal.Meta):
        verbose_name = _("tema")
        verbose_name_plural = _("teman")
        ordering = ["name"]
        constraints = unique_shared_and_per_municipality("name", "theme")

    def clean(self):
        super().clean()
        # Compared in Python: SQLite folds the case of ASCII letters only (Å, Ä, Ö).
        shared = type(self).objects.filter(municipality=None).values_list("name", flat=True)
        if self.municipality_id and self.name.casefold() in {n.casefold() for n in shared}:
            raise ValidationError({"name": _("Det finns redan ett gemensamt tema med det namnet.")})

    def save(self, *args, **kwargs):
        # taggit looks for a free slug through the default manager: among every municipality's.
        with unscoped():
            return super().save(*args, **kwargs)

    def child_name_for(self, band):
        return band_text(self, "child_name", band) or self.name


def themes_in_scope(request=None):
    """The themes the request's municipality sees, read when asked: a form's or a filter's
    queryset made at import would be read unscoped (municipalities.scope)."""
    return Theme.objects.all()
