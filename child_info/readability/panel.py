"""The editor's LIX panel: any text or StreamField fields against an age band's target."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel

from .verdict import band_report


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
        template_name = "child_info/readability/panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["report"] = band_report(self.instance, self.panel.field_names, self.panel.band)
            return context
