"""What an editor or reviewer is told about one age version: LIX against the band's target,
the sentences too hard for the band, and the verdict in words."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from home.age_bands import AgeBand

from .lix import Readability, Sentence, analyse, sentences, stream_text

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

# (highest LIX, words) from the rough guide in lix.py
LIX_WORDS = [
    (25, _("mycket lätt")),
    (30, _("lätt")),
    (40, _("medelsvår")),
    (50, _("svår")),
]


def field_text(value) -> str:
    """Plain text or HTML of a model field's value, whether text or a StreamField."""
    if value is None:
        return ""
    if hasattr(value, "stream_block"):
        return stream_text(value)
    return str(value)


def fields_text(instance, *field_names) -> str:
    return "\n".join(field_text(getattr(instance, name, None)) for name in field_names)


def fields_readability(instance, *field_names):
    """Readability of one or more fields of a model instance, read together."""
    return analyse(fields_text(instance, *field_names))


def above_target(readability, band) -> bool:
    return readability.words > 0 and readability.lix > LIX_TARGETS[band]


def lix_in_words(lix: float) -> str:
    return next((words for highest, words in LIX_WORDS if lix < highest), _("mycket svår"))


@dataclass(frozen=True)
class HardSentence:
    sentence: Sentence
    too_long: bool
    too_many_long_words: bool


@dataclass(frozen=True)
class BandReport:
    """What an editor is told about one age version: LIX, target, hard sentences, verdict."""

    band: object
    readability: Readability
    hard_sentences: list

    @property
    def target(self):
        return LIX_TARGETS[self.band]

    @property
    def limits(self):
        return SENTENCE_LIMITS[self.band]

    @property
    def has_text(self):
        return self.readability.words > 0

    @property
    def above_target(self):
        return above_target(self.readability, self.band)

    @property
    def ok(self):
        return self.has_text and not self.above_target and not self.hard_sentences

    @property
    def lix_words(self):
        return lix_in_words(self.readability.lix)

    @property
    def verdict(self):
        if not self.has_text:
            return _("Ingen text ännu")
        if self.above_target:
            return _("Över målet")
        if self.hard_sentences:
            return _("Inom målet, men med svåra meningar")
        return _("Inom målet")


def hard_sentences(text: str, band) -> list[HardSentence]:
    """The sentences with more words, or more long words, than the band's limits."""
    limits = SENTENCE_LIMITS[band]
    result = []
    for sentence in sentences(text):
        too_long = sentence.words > limits["words"]
        too_many = sentence.long_words > limits["long_words"]
        if too_long or too_many:
            result.append(HardSentence(sentence, too_long, too_many))
    return result


def band_report(instance, field_names, band) -> BandReport:
    text = fields_text(instance, *field_names)
    return BandReport(band, analyse(text), hard_sentences(text, band))
