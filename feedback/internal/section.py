"""The root of the internal section (/internt/) and the politicians' pages on it.

Its own address is the overview (the years, improvements by status and theme); two routes
below it list the improvements with their history (``forbattringar/``) and compare the years
(``jamforelse/``). The figures come from ``figures``; the yearly reports are its children.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page

from feedback.access import InternalPageMixin

from . import figures
from .yearly_report import YearlyReportPage


class InternalIndexPage(InternalPageMixin, RoutablePageMixin, Page):
    """The root of the internal section (/internt/): private to Handläggare and Politiker."""

    intro = RichTextField(_("ingress"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["feedback.YearlyReportPage"]
    max_count_per_parent = 1
    template = "feedback/internal/internal_index_page.html"

    class Meta:
        verbose_name = _("intern startsida")
        verbose_name_plural = _("interna startsidor")

    def get_context(self, request, *args, **kwargs):
        return {**super().get_context(request, *args, **kwargs), "internal_index": self}

    def reports(self):
        return YearlyReportPage.objects.child_of(self).live().order_by("-year", "unit")

    @path("")
    def overview(self, request):
        return self.render(
            request,
            context_overrides={
                "nav_current": "overview",
                "reports": self.reports(),
                "status_counts": figures.status_counts(),
                "theme_counts": figures.theme_counts(),
            },
        )

    @path("forbattringar/")
    def improvements_view(self, request):
        theme = figures.chosen_theme(request)
        return self.render(
            request,
            template="feedback/internal/improvements.html",
            context_overrides={
                "nav_current": "improvements",
                "improvements": figures.improvements_with_history(theme),
                "themes": figures.themes_in_use(),
                "chosen_theme": theme,
                "status_counts": figures.status_counts(theme),
            },
        )

    @path("jamforelse/")
    def comparison_view(self, request):
        return self.render(
            request,
            template="feedback/internal/comparison.html",
            context_overrides={
                "nav_current": "comparison",
                "comparison": figures.year_comparison(self),
            },
        )
