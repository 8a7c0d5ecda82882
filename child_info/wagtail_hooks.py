"""Admin registration for the children's information: situations, the glossary, synonyms and
readability (the warnings after saving, the report)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import GlossaryTerm, SearchSynonym, Situation
from .readability.messages import warn_about_hard_versions
from .readability.report import ReadabilityReportView


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


hooks.register("after_create_page", warn_about_hard_versions)
hooks.register("after_edit_page", warn_about_hard_versions)


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
