"""Admin panels shared by every app."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel

from .age_bands import LIX_TARGETS
from .readability import analyse, stream_text


def field_text(value) -> str:
    """Plain text or HTML of a model field's value, whether text or a StreamField."""
    if value is None:
        return ""
    if hasattr(value, "stream_block"):
        return stream_text(value)
    return str(value)


def fields_readability(instance, *field_names):
    """Readability of one or more fields of a model instance, read together."""
    return analyse("\n".join(field_text(getattr(instance, name, None)) for name in field_names))


def above_target(readability, band) -> bool:
    return readability.words > 0 and readability.lix > LIX_TARGETS[band]


class LixPanel(Panel):
    """Show the LIX readability of one or more fields next to an age band's target.

    ``LixPanel("summary_5_8", "body_5_8", band=AgeBand.YOUNG)`` or, for any text field,
    ``LixPanel("child_summary", band=AgeBand.YOUNG)``. The value shown is that of the
    revision being edited (save a draft to update it); above target is marked in words, not
    only colour, so the editor sees it before publishing.
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
            result = fields_readability(self.instance, *self.panel.field_names)
            target = LIX_TARGETS[self.panel.band]
            context.update(
                readability=result,
                lix=result.lix,
                target=target,
                band_label=self.panel.band.label,
                has_text=result.words > 0,
                above_target=above_target(result, self.panel.band),
            )
            return context
