"""Admin panels shared by every app."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel

from .age_bands import LIX_TARGETS, SENTENCE_LIMITS
from .readability import Readability, Sentence, analyse, sentences, stream_text

# (highest LIX, words) from the rough guide in home/readability.py
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


class LixPanel(Panel):
    """Show the LIX readability of one or more fields next to an age band's target.

    ``LixPanel("summary_5_8", "body_5_8", band=AgeBand.YOUNG)`` or, for any text field,
    ``LixPanel("child_summary", band=AgeBand.YOUNG)``. The value shown is that of the
    revision being edited (save a draft to update it); above target is marked in words, not
    only colour, so the editor sees it before publishing. Each sentence that is too long or
    has too many long words for the band (``SENTENCE_LIMITS``) is listed, whatever the
    average.
    """

    def __init__(self, *field_names, band, **kwargs):
        kwargs.setdefault("heading", _("Läsbarhet (LIX)"))
        super().__init__(**kwargs)
        self.field_names = field_names
        self.band = band

    def clone_kwargs(self):
        return {**super().clone_kwargs(), "band": self.band}

    def clone(self):
        return self.__class__(*self.field_names, **self.clone_kwargs())

    class BoundPanel(Panel.BoundPanel):
        template_name = "home/panels/lix_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            report = band_report(self.instance, self.panel.field_names, self.panel.band)
            context.update(
                report=report,
                readability=report.readability,
                lix=report.readability.lix,
                target=report.target,
                band_label=self.panel.band.label,
                has_text=report.has_text,
                above_target=report.above_target,
            )
            return context
