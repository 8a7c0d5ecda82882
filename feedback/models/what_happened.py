""" "Ni sa – vi gjorde": what changed because children spoke up, for children to read."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from .improvements import Improvement
from .themes import Theme

DEFAULT_INTRO = (
    "<p>Barn har berättat för oss vad som är bra och vad som borde bli bättre. "
    "Här kan du se vad vi har gjort med det ni sa.</p>"
)


class WhatHappenedPage(Page):
    intro = RichTextField(
        _("ingress"), features=["bold", "italic", "link"], default=DEFAULT_INTRO, blank=True
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "feedback/what_happened_page.html"

    class Meta:
        verbose_name = _("sida 'Ni sa – vi gjorde'")
        verbose_name_plural = _("sidor 'Ni sa – vi gjorde'")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        improvements = Improvement.objects.filter(show_to_children=True)
        themes = Theme.objects.filter(improvements__show_to_children=True).distinct()
        chosen = next((t for t in themes if t.slug == request.GET.get("tema")), None)
        if chosen:
            improvements = improvements.filter(themes=chosen)
        context.update(
            improvements=improvements.prefetch_related("themes").order_by(
                "-status_changed_on", "-pk"
            ),
            themes=themes,
            chosen_theme=chosen,
        )
        return context
