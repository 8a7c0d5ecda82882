"""The staff-edited synonyms (*Fragment → Information för barn → Sökord*)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel


class SearchSynonym(models.Model):
    """Children's words for what the pages call otherwise: a search for 'soc-tant' also
    looks for 'socialsekreterare' (child_info/search/query.py)."""

    words = models.CharField(
        _("barnens ord"),
        max_length=80,
        unique=True,
        help_text=_("Ett ord eller några ord som barn söker på, t.ex. 'soc-tant' eller 'klaga'."),
    )
    means = models.CharField(
        _("sök också efter"),
        max_length=200,
        help_text=_("Orden som står på sidorna, med mellanslag emellan, t.ex. 'anmäla IVO'."),
    )

    panels = [FieldPanel("words"), FieldPanel("means")]

    class Meta:
        ordering = ["words"]
        verbose_name = _("sökord")
        verbose_name_plural = _("sökord i barnens ord")

    def __str__(self):
        return f"{self.words} → {self.means}"

    def clean(self):
        super().clean()
        self.words = " ".join(self.words.lower().split())
        self.means = " ".join(self.means.split())
