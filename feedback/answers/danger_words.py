"""Words in free text that may mean a child is in danger; staff edit the list in the admin."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from feedback.answers import danger
from municipalities.scope import SharedOrMunicipal, unique_shared_and_per_municipality


class DangerWord(SharedOrMunicipal):
    word = models.CharField(
        _("ord eller ordstam"),
        max_length=100,
        help_text=_(
            "Matchas utan hänsyn till stora och små bokstäver i början av ord: "
            "'misshandl' hittar också 'misshandlad'. Flera ord hittar en hel fras."
        ),
    )

    panels = [FieldPanel("word"), FieldPanel("municipality", permission="superuser")]

    class Meta(SharedOrMunicipal.Meta):
        verbose_name = _("farligt ord")
        verbose_name_plural = _("farliga ord")
        ordering = ["word"]
        constraints = unique_shared_and_per_municipality("word", "danger_word")

    def __str__(self):
        return self.word


def contains_danger(text, words=None):
    """True when the text contains one of the danger words (see feedback.answers.danger)."""
    if not text:
        return False
    if words is None:
        words = DangerWord.objects.values_list("word", flat=True)
    return danger.contains_danger(text, list(words))
