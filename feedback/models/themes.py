"""Themes: the Västernorrland model's headings, shared by feedback responses and improvements.

A Theme is a django-taggit tag model. Each model that is themed adds a ``TaggableManager``
with its own through model (``ItemBase`` with ``tag = ForeignKey(Theme, ...)``).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from taggit.models import TagBase

# The model's own four headings, created by a data migration.
MODEL_THEMES = (
    "Om att ha kontakt med socialtjänsten",
    "Om delaktighet",
    "Om att bli intervjuad",
    "Om relationen till socialsekreteraren",
)


class Theme(TagBase):
    description = models.TextField(_("beskrivning"), blank=True)

    class Meta:
        verbose_name = _("tema")
        verbose_name_plural = _("teman")
        ordering = ["name"]
