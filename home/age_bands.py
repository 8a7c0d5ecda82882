"""The three age bands every child-facing part of the portal is written for."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class AgeBand(models.TextChoices):
    YOUNG = "5-8", _("5–8 år")
    MIDDLE = "9-12", _("9–12 år")
    TEEN = "13-18", _("13–18 år")


# The highest LIX readability index each band's text should have.
LIX_TARGETS = {
    AgeBand.YOUNG: 25,
    AgeBand.MIDDLE: 30,
    AgeBand.TEEN: 40,
}

# A sentence is hard for a band when it has more words, or more long words (over six letters),
# than this; the LIX panel marks each one, whatever the page's average.
SENTENCE_LIMITS = {
    AgeBand.YOUNG: {"words": 15, "long_words": 3},
    AgeBand.MIDDLE: {"words": 20, "long_words": 4},
    AgeBand.TEEN: {"words": 25, "long_words": 6},
}
