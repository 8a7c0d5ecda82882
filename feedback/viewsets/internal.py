"""Admin for the internal section (group Handläggare): improvements, with their history.

Yearly reports are pages under the internal section; improvements are snippets with revisions.
Statuses change one by one in the edit view or many at once with the bulk action "Ändra
status"; either way each change is recorded with its day and who made it.
"""

import django_filters
from django import forms
from django.urls import path
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column, StatusTagColumn
from wagtail.admin.views.generic.mixins import RevisionsRevertMixin
from wagtail.admin.viewsets.base import ViewSet
from wagtail.models import Page
from wagtail.permissions import policy_registry
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction
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
from feedback.exports import SwedishExportMixin
from feedback.models import (
    FeedbackResponse,
    Finding,
    Improvement,
    ImprovementStatus,
    Origin,
    Theme,
    YearlyReportPage,
)
from feedback.panels import StatusHistoryPanel
from feedback.views.reports import YearlyReportsView
from home.age_bands import AgeBand

from .base import ConfirmationTexts, PlainInspectView, StaffOnlyChooserViewSet

NOTE_LABEL = _("Anteckning om ändringen")
NOTE_HELP = _("Frivillig. Sparas i historiken när statusen ändras, till exempel varför.")


class ImprovementForm(WagtailAdminModelForm):
    # Not a model field: saved on the status change it explains (StatusChange.note).
    status_note = forms.CharField(
        label=NOTE_LABEL, help_text=NOTE_HELP, max_length=300, required=False
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "finding" in self.fields:
            self.fields["finding"].queryset = Finding.objects.select_related("page", "theme")


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
        label=_("Tema"), field_name="themes", queryset=Theme.objects.all()
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


class ThemeViewSet(SnippetViewSet):
    """The model's four themes come with the portal; the team may add its own."""

    model = Theme
    icon = "tag"
    menu_label = _("Teman")
    url_prefix = "feedback/themes"
    list_display = ["name", "description"]
    search_fields = ["name"]
    search_backend_name = None
    chooser_viewset_class = StaffOnlyChooserViewSet
    copy_view_enabled = False
    panels = [
        FieldPanel("name"),
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


class YearlyReportsViewSet(ViewSet):
    """The yearly reports, listed under Utvecklingsarbete for Handläggare."""

    name = "feedback_yearly_reports"
    icon = "doc-full"
    menu_label = _("Årsrapporter")
    url_prefix = "feedback/reports"

    def get_urlpatterns(self):
        return [path("", YearlyReportsView.as_view(), name="index")]

    def get_menu_item(self, order=None):
        item = super().get_menu_item(order)
        item.is_shown = lambda request: can_edit_internal(request.user)
        return item


class DevelopmentViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Utvecklingsarbete")
    menu_icon = "tasks"
    menu_order = 260
    items = (YearlyReportsViewSet, ImprovementViewSet, ThemeViewSet)


register_snippet(DevelopmentViewSetGroup)


class StatusForm(forms.Form):
    status = forms.ChoiceField(label=_("Ny status"), choices=ImprovementStatus.choices)
    note = forms.CharField(label=NOTE_LABEL, help_text=NOTE_HELP, max_length=300, required=False)


@hooks.register("register_bulk_action")
class ChangeStatusBulkAction(ConfirmationTexts, SnippetBulkAction):
    display_name = _("Ändra status")
    action_type = "change_status"
    aria_label = _("Ändra status på valda förbättringar")
    models = [Improvement]
    form_class = StatusForm
    icon = "tasks"
    no_access_text = _("Du har inte behörighet att ändra de här förbättringarna")

    def selection_text(self, count):
        return ngettext(
            "%(count)d förbättring är vald.", "%(count)d förbättringar är valda.", count
        ) % {"count": count}

    def check_perm(self, obj):
        return self.request.user.has_perm("feedback.change_improvement")

    def get_execution_context(self):
        return {**self.cleaned_form.cleaned_data, "user": self.request.user}

    @classmethod
    def execute_action(cls, objects, status=None, note="", user=None, **kwargs):
        changed = 0
        for improvement in objects:
            if improvement.status == status:
                continue
            improvement.change_status(status, user=user, note=note)
            # Keep the latest revision in step, so the next edit starts from this status.
            improvement.save_revision(user=user, log_action=True)
            changed += 1
        return changed, 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)d förbättring har fått ny status.",
            "%(count)d förbättringar har fått ny status.",
            num_parent_objects,
        ) % {"count": num_parent_objects}


class LinkForm(forms.Form):
    improvement = forms.ModelChoiceField(
        label=_("Förbättring"), queryset=Improvement.objects.order_by("title")
    )


@hooks.register("register_bulk_action")
class LinkResponsesBulkAction(ConfirmationTexts, SnippetBulkAction):
    """From the list of children's answers: 'these answers led to that improvement'."""

    display_name = _("Koppla till förbättring")
    action_priority = 13
    action_type = "link_improvement"
    aria_label = _("Koppla valda svar till en förbättring")
    models = [FeedbackResponse]
    form_class = LinkForm

    def check_perm(self, obj):
        return self.request.user.has_perm("feedback.change_improvement")

    def get_execution_context(self):
        return {"improvement": self.cleaned_form.cleaned_data["improvement"]}

    @classmethod
    def execute_action(cls, objects, improvement=None, **kwargs):
        improvement.responses.add(*objects)
        return len(objects), 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)d svar är kopplat till förbättringen.",
            "%(count)d svar är kopplade till förbättringen.",
            num_parent_objects,
        ) % {"count": num_parent_objects}


@hooks.register("before_publish_page")
def refuse_unreviewed_quotes(request, page):
    """The admin's publish button goes through Wagtail's publish action, not ``Page.publish``,
    so the model's check does not run there: this hook is that check for the edit view, in
    case a quote reached the report without passing the form's own check."""
    from django.contrib import messages
    from django.shortcuts import redirect

    from feedback.models.yearly_report import UNREVIEWED_QUOTES_MESSAGE

    if isinstance(page, YearlyReportPage) and page.has_unreviewed_quotes():
        messages.error(request, UNREVIEWED_QUOTES_MESSAGE)
        return redirect("wagtailadmin_pages:edit", page.pk)
    return None


def reports_bulk_publish_would_publish(action, pages):
    """The yearly reports among the selected pages and, with "include descendants", the draft
    reports below them, each as Wagtail's bulk publish puts it live (its latest revision)."""
    reports = [
        page
        for page in pages
        if page.specific_class and issubclass(page.specific_class, YearlyReportPage)
    ]
    form = action.cleaned_form
    if form is not None and form.cleaned_data.get("include_descendants"):
        for page in pages:
            reports += page.get_descendants().not_live().type(YearlyReportPage)
    for report in reports:
        revision = report.get_latest_revision()
        yield revision.as_object() if revision else report.specific


@hooks.register("before_bulk_action")
def refuse_bulk_publish_of_unreviewed_quotes(request, action_type, objects, action):
    """Bulk "Publicera" would reach ``YearlyReportPage.publish`` and fail with a 500: refuse the
    whole selection first, with the single publish's message, and publish nothing."""
    from django.contrib import messages
    from django.shortcuts import redirect

    from feedback.models.yearly_report import UNREVIEWED_QUOTES_MESSAGE

    if action_type != "publish" or not issubclass(action.model, Page):
        return None
    if any(
        report.has_unreviewed_quotes()
        for report in reports_bulk_publish_would_publish(action, objects)
    ):
        messages.error(request, UNREVIEWED_QUOTES_MESSAGE)
        return redirect(action.next_url)
    return None


@hooks.register("construct_page_chooser_queryset")
def hide_internal_in_page_chooser(pages, request):
    """The page chooser lists every page, not only editable ones: leave out the internal ones."""
    return policy_registry.get_by_type(Page).without_internal(request.user, pages)
