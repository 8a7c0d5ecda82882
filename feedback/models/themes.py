"""Themes: the Västernorrland model's headings, shared by feedback responses and improvements.

A Theme is a django-taggit tag model. Each model that is themed adds a ``TaggableManager``
with its own through model (``ItemBase`` with ``tag = ForeignKey(Theme, ...)``).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from taggit.models import TagBase

from feedback.what_happened.child_words import band_text

# The model's own four headings, created by a data migration.
MODEL_THEMES = (
    "Om att ha kontakt med socialtjänsten",
    "Om delaktighet",
    "Om att bli intervjuad",
    "Om relationen till socialsekreteraren",
)


class Theme(TagBase):
    """A theme; staff read its name, children on 'Ni sa – vi gjorde' its child name."""

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

    class Meta:
        verbose_name = _("tema")
        verbose_name_plural = _("teman")
        ordering = ["name"]

    def child_name_for(self, band):
        return band_text(self, "child_name", band) or self.name
