"""Admin registration for the children's information: situations and the glossary."""

from django.contrib import messages
from django.urls import path, reverse
from django.utils.translation import gettext as _gettext
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import ChildInfoPage, GlossaryTerm, SearchSynonym, Situation
from .reports import ReadabilityReportView


class GlossaryTermViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "help"
    menu_label = _("Ordlista")
    list_display = ["term", "explanation"]
    search_fields = ["term"]
    # A database filter: the search backend on SQLite answers 500 for a field list.
    search_backend_name = None
    ordering = ["term"]


class SituationViewSet(SnippetViewSet):
    model = Situation
    icon = "list-ul"
    menu_label = _("Situationer")
    list_display = ["title", "sort_order"]


class SearchSynonymViewSet(SnippetViewSet):
    model = SearchSynonym
    icon = "search"
    menu_label = _("Sökord")
    list_display = ["words", "means"]
    search_fields = ["words", "means"]
    ordering = ["words"]


class ChildInfoSnippets(SnippetViewSetGroup):
    items = (GlossaryTermViewSet, SituationViewSet, SearchSynonymViewSet)
    menu_icon = "help"
    menu_label = _("Information för barn")
    menu_name = "child_info"


register_snippet(ChildInfoSnippets)


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def warn_about_hard_versions(request, page):
    """After saving, say which age versions are harder to read than their target."""
    if not isinstance(page, ChildInfoPage):
        return
    for report in page.readability_reports():
        band = report.band
        if report.above_target:
            messages.warning(
                request,
                _gettext("Texten för %(band)s har LIX %(lix)s, över målet %(target)s.")
                % {"band": band.label, "lix": report.readability.lix, "target": report.target},
            )
        if report.hard_sentences:
            count = len(report.hard_sentences)
            messages.warning(
                request,
                ngettext(
                    "Texten för %(band)s har %(count)s mening som är för lång eller har för "
                    "många långa ord. Se Läsbarhet (LIX) under fliken %(band)s.",
                    "Texten för %(band)s har %(count)s meningar som är för långa eller har för "
                    "många långa ord. Se Läsbarhet (LIX) under fliken %(band)s.",
                    count,
                )
                % {"band": band.label, "count": count},
            )


@hooks.register("register_admin_urls")
def readability_report_urls():
    return [
        path(
            "reports/lasbarhet/",
            ReadabilityReportView.as_view(),
            name="child_info_readability",
        ),
        path(
            "reports/lasbarhet/results/",
            ReadabilityReportView.as_view(results_only=True),
            name="child_info_readability_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def readability_report_menu_item():
    return MenuItem(
        _("Läsbarhet på barnsidor"),
        reverse("child_info_readability"),
        name="child-info-readability",
        icon_name="doc-full",
        order=900,
    )
