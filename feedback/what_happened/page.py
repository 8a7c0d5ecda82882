""" "Ni sa – vi gjorde": what changed because children spoke up, for children to read."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from child_info.bands import band_for, chosen_band, with_band
from feedback.internal.improvements import Improvement
from portal.pagecache.privacy import CachedPrivacyMixin

DEFAULT_INTRO = (
    "<p>Barn har berättat för oss vad som är bra och vad som borde bli bättre. "
    "Här kan du se vad vi har gjort med det ni sa.</p>"
)


class WhatHappenedPage(CachedPrivacyMixin, Page):
    intro = RichTextField(
        _("ingress"), features=["bold", "italic", "link"], default=DEFAULT_INTRO, blank=True
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    # Found by the children's search (child_info/search/).
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.AutocompleteField("intro"),
    ]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "feedback/what_happened_page.html"

    class Meta:
        verbose_name = _("sida 'Ni sa – vi gjorde'")
        verbose_name_plural = _("sidor 'Ni sa – vi gjorde'")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        band = band_for(request)
        # Two queries: the improvements shown to children and their themes. The theme filter
        # is built from them, so it only offers themes that have something to show. Children
        # read each heading, text and theme in the words written for their band.
        shown = list(
            Improvement.objects.filter(show_to_children=True)
            .prefetch_related("themes")
            .order_by("-status_changed_on", "-pk")
        )
        themes = {theme for improvement in shown for theme in improvement.themes.all()}
        for theme in themes:
            theme.shown_name = theme.child_name_for(band)
        themes = sorted(themes, key=lambda theme: theme.shown_name)
        for improvement in shown:
            improvement.shown_title = improvement.child_title_for(band)
            improvement.shown_summary = improvement.child_summary_for(band)
            improvement.shown_themes = [t.child_name_for(band) for t in improvement.themes.all()]
        chosen = next((t for t in themes if t.slug == request.GET.get("tema")), None)
        if chosen:
            shown = [i for i in shown if chosen in i.themes.all()]
        context.update(
            improvements=shown,
            themes=themes,
            chosen_theme=chosen,
            band=chosen_band(request),
            filter_url=with_band(self.get_url(request) or "", chosen_band(request)),
        )
        return context
