"""Admin registration for the children's information: situations and the glossary."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import GlossaryTerm, Situation


class GlossaryTermViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "help"
    menu_label = _("Ordlista")
    list_display = ["term", "explanation"]
    search_fields = ["term"]
    ordering = ["term"]


class SituationViewSet(SnippetViewSet):
    model = Situation
    icon = "list-ul"
    menu_label = _("Situationer")
    list_display = ["title", "sort_order"]


class ChildInfoSnippets(SnippetViewSetGroup):
    items = (GlossaryTermViewSet, SituationViewSet)
    menu_icon = "help"
    menu_label = _("Information för barn")
    menu_name = "child_info"


register_snippet(ChildInfoSnippets)
