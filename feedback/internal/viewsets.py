"""Admin for the internal section (group Handläggare): the menu Utvecklingsarbete with the
yearly reports, the improvements with their history, and the themes.

Yearly reports are pages under the internal section; improvements are snippets with revisions.
Statuses change one by one in the edit view or many at once with the bulk action "Ändra
status" (``bulk_actions``); either way each change is recorded with its day and who made it.
"""

import django_filters
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column, StatusTagColumn
from wagtail.admin.views.generic.mixins import RevisionsRevertMixin
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import (
    CreateView,
    EditView,
    IndexView,
    SnippetViewSet,
    SnippetViewSetGroup,
)

from child_info.readability.panel import LixPanel
from feedback.access import can_edit_internal
from feedback.admin_base import PlainInspectView, SinglePageViewSet, StaffOnlyChooserViewSet
from feedback.exports import SwedishExportMixin
from feedback.models.themes import Theme, themes_in_scope
from home.age_bands import AgeBand
from municipalities.viewsets import SharedOrMunicipalViewSet

from .improvement_forms import ImprovementForm
from .improvements import Improvement, Origin
from .matrix import Finding
from .panels import StatusHistoryPanel
from .report_list import YearlyReportsView


class RecordsWhoChangedStatus:
    def save_instance(self):
        note = self.form.cleaned_data.get("status_note", "")
        self.form.instance.status_change_by(user=self.request.user, note=note)
        return super().save_instance()


class ImprovementCreateView(RecordsWhoChangedStatus, CreateView):
    """ "Lägg till ett förslag" on a matrix row opens this with the row already chosen."""

    @cached_property
    def finding(self):
        pk = self.request.GET.get("finding", "")
        return (
            Finding.objects.select_related("theme").filter(pk=pk).first() if pk.isdigit() else None
        )

    def get_initial_form_instance(self):
        finding = self.finding
        if finding:
            return Improvement(finding=finding, origin=Origin.FINDING)
        return super().get_initial_form_instance()

    def get_initial(self):
        initial = super().get_initial()
        finding = self.finding
        if finding:
            initial["themes"] = [finding.theme]
        return initial


class ImprovementEditView(RecordsWhoChangedStatus, EditView):
    pass


class ImprovementIndexView(SwedishExportMixin, IndexView):
    sheet_title = _("Förbättringar")


class ImprovementRevertView(RecordsWhoChangedStatus, RevisionsRevertMixin, EditView):
    """Wagtail's revert view saves without the edit view's ``save_instance``: say who here too.
    Whether the status really changed is the model's business (it compares with the stored
    row, not with the older revision)."""

    view_name = "revisions_revert"


class ImprovementFilterSet(WagtailFilterSet):
    themes = django_filters.ModelChoiceFilter(
        label=_("Tema"), field_name="themes", queryset=themes_in_scope
    )

    class Meta:
        model = Improvement
        fields = ["status", "show_to_children", "origin"]


def yes_or_no(improvement):
    return _("Ja") if improvement.show_to_children else _("Nej")


def planned(improvement):
    if not improvement.planned_date:
        return "–"
    day = date_format(improvement.planned_date)
    if improvement.is_overdue:
        return _("%(day)s – Försenad") % {"day": day}
    return day


def theme_names(improvement):
    return ", ".join(theme.name for theme in improvement.themes.all()) or "–"


class ImprovementViewSet(SnippetViewSet):
    model = Improvement
    icon = "tasks"
    menu_label = _("Förbättringar")
    url_prefix = "feedback/improvements"
    index_view_class = ImprovementIndexView
    add_view_class = ImprovementCreateView
    edit_view_class = ImprovementEditView
    revisions_revert_view_class = ImprovementRevertView
    filterset_class = ImprovementFilterSet
    search_fields = ["title", "responsible"]
    search_backend_name = None
    chooser_viewset_class = StaffOnlyChooserViewSet
    inspect_view_enabled = True
    inspect_view_class = PlainInspectView
    list_per_page = 100
    list_display = [
        "title",
        StatusTagColumn("status", label=_("Status"), accessor="get_status_display", primary=True),
        Column("responsible", label=_("Ansvarig")),
        Column("themes", label=_("Teman"), accessor=theme_names),
        Column(
            "status_changed_on",
            label=_("Status ändrad"),
            sort_key="status_changed_on",
            accessor=lambda improvement: date_format(improvement.status_changed_on),
        ),
        Column(
            "planned_date", label=_("Planerat klart"), sort_key="planned_date", accessor=planned
        ),
        Column("show_to_children", label=_("Visas för barn"), accessor=yes_or_no),
    ]
    list_export = [
        "pk",
        "title",
        "status",
        "responsible",
        "themes",
        "planned_date",
        "done_date",
        "status_changed_on",
        "show_to_children",
    ]
    export_headings = {"pk": _("Nummer")}
    export_filename = "forbattringar"
    inspect_view_fields = [
        "title",
        "description",
        "child_title_5_8",
        "child_summary_5_8",
        "child_title",
        "child_summary",
        "child_title_13_18",
        "child_summary_13_18",
        "themes",
        "origin",
        "finding",
        "responses",
        "responsible",
        "status",
        "planned_date",
        "done_date",
        "show_to_children",
    ]
    # ImprovementForm: the matrix rows to choose from, read with their report and theme.
    edit_handler = ObjectList(
        [
            FieldPanel("title"),
            FieldPanel("description"),
            MultiFieldPanel(
                [
                    FieldPanel("show_to_children"),
                    FieldPanel("child_title_5_8"),
                    FieldPanel("child_summary_5_8"),
                    LixPanel("child_title_5_8", "child_summary_5_8", band=AgeBand.YOUNG),
                    FieldPanel("child_title"),
                    FieldPanel("child_summary"),
                    LixPanel("child_title", "child_summary", band=AgeBand.MIDDLE),
                    FieldPanel("child_title_13_18"),
                    FieldPanel("child_summary_13_18"),
                    LixPanel("child_title_13_18", "child_summary_13_18", band=AgeBand.TEEN),
                ],
                heading=_("För barnen: 'Ni sa – vi gjorde'"),
            ),
            FieldPanel("themes"),
            FieldRowPanel([FieldPanel("origin"), FieldPanel("finding")], heading=_("Kommer från")),
            FieldPanel("responsible"),
            MultiFieldPanel(
                [
                    FieldPanel("status"),
                    FieldPanel("status_note"),
                    FieldRowPanel([FieldPanel("planned_date"), FieldPanel("done_date")]),
                    StatusHistoryPanel(heading=_("Historik")),
                ],
                heading=_("Status"),
            ),
        ],
        base_form_class=ImprovementForm,
    )

    def get_queryset(self, request):
        return Improvement.objects.prefetch_related("themes")


class ThemeViewSet(SharedOrMunicipalViewSet):
    """The model's four themes come with the portal, shared; a team may add its own."""

    model = Theme
    icon = "tag"
    menu_label = _("Teman")
    url_prefix = "feedback/themes"
    list_display = ["name", "description", "whose"]
    search_fields = ["name"]
    search_backend_name = None
    chooser_viewset_class = StaffOnlyChooserViewSet
    copy_view_enabled = False
    panels = [
        FieldPanel("name"),
        FieldPanel("municipality", permission="superuser"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("child_name_5_8"),
                FieldPanel("child_name"),
                FieldPanel("child_name_13_18"),
            ],
            heading=_("För barnen: 'Ni sa – vi gjorde'"),
        ),
    ]


class YearlyReportsViewSet(SinglePageViewSet):
    """The yearly reports, listed under Utvecklingsarbete for Handläggare."""

    name = "feedback_yearly_reports"
    icon = "doc-full"
    menu_label = _("Årsrapporter")
    url_prefix = "feedback/reports"
    view_class = YearlyReportsView

    def shown_to(self, user):
        return can_edit_internal(user)


class DevelopmentViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Utvecklingsarbete")
    menu_icon = "tasks"
    menu_order = 260
    items = (YearlyReportsViewSet, ImprovementViewSet, ThemeViewSet)


register_snippet(DevelopmentViewSetGroup)
