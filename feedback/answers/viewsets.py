"""Admin for anonymous feedback responses (group Handläggare).

A menu group "Barnens svar": the responses (filters, full text, status, themes, bulk actions,
CSV/XLSX export), the summary with small-group suppression, and the danger word list.
"""

import datetime

import django_filters
from django import forms
from django.contrib.auth.decorators import permission_required
from django.urls import reverse
from django.utils.text import Truncator, capfirst
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy
from wagtail import hooks
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import (
    IndexView,
    SnippetViewSet,
    SnippetViewSetGroup,
)

from feedback.admin_base import (
    FeedbackBulkAction,
    PlainInspectView,
    SinglePageViewSet,
    StaffOnlyChooserViewSet,
)
from feedback.answers.summary import SummaryView
from feedback.exports import SwedishExportMixin
from feedback.models import (
    CORE_QUESTIONS,
    EARLIER_SCALE_FIELDS,
    YES_NO_FIELDS,
    DangerWord,
    FeedbackResponse,
    Rating,
    Status,
    Theme,
    themes_in_scope,
)
from feedback.models.responses import week_of
from municipalities.viewsets import SharedOrMunicipalViewSet


class WeekRangeFilter(django_filters.DateFromToRangeFilter):
    """A period takes every week that overlaps it, since an answer is stored as its Monday."""

    def filter(self, qs, value):
        if value and value.start:
            start = value.start
            start = start.date() if isinstance(start, datetime.datetime) else start
            value = slice(week_of(start), value.stop)
        return super().filter(qs, value)


class ResponseFilterSet(WagtailFilterSet):
    date = WeekRangeFilter(label=_("Period"), widget=DateRangePickerWidget)
    flagged_danger = django_filters.BooleanFilter(label=_("Behöver uppmärksamhet"))
    themes = django_filters.ModelChoiceFilter(
        label=_("Tema"), field_name="themes", queryset=themes_in_scope
    )

    class Meta:
        model = FeedbackResponse
        fields = [
            "date",
            "age_band",
            "contact_kind",
            *dict(CORE_QUESTIONS),
            *EARLIER_SCALE_FIELDS,
            "status",
        ]


def excerpt(response):
    return Truncator(response.free_text).chars(80) or "–"


def attention(response):
    return _("Behöver uppmärksamhet") if response.flagged_danger else ""


def inspect_url(response):
    return reverse("wagtailsnippets_feedback_feedbackresponse:inspect", args=[response.pk])


def answer_text(extra_answer):
    if extra_answer.rating:
        return Rating(extra_answer.rating).label
    if extra_answer.yes_no:
        return extra_answer.get_yes_no_display()
    return extra_answer.text


def core_column(name):
    """A core question's column: the answer's words for yes/no, the number 1–5 for faces."""
    field = FeedbackResponse._meta.get_field(name)
    accessor = f"get_{name}_display" if name in YES_NO_FIELDS else name
    return Column(name, label=capfirst(field.verbose_name), accessor=accessor)


class ResponseIndexView(SwedishExportMixin, IndexView):
    sheet_title = _("Barnens svar")

    def get_base_queryset(self):
        return super().get_base_queryset().prefetch_related("themes")


class ResponseInspectView(PlainInspectView):
    """The full response, including answers to the page's extra questions."""

    def get_field_label(self, field_name, field):
        if field_name == "extra_answers":
            return _("Extra frågor")
        return super().get_field_label(field_name, field)

    def get_extra_answers_display_value(self):
        answers = [f"{a.question_text} {answer_text(a)}" for a in self.object.extra_answers.all()]
        return " · ".join(answers) or "–"


class FeedbackResponseViewSet(SnippetViewSet):
    model = FeedbackResponse
    icon = "comment"
    menu_label = _("Svar")
    url_prefix = "feedback/responses"
    index_view_class = ResponseIndexView
    inspect_view_class = ResponseInspectView
    filterset_class = ResponseFilterSet
    search_fields = ["good_text", "better_text"]
    search_backend_name = None
    chooser_viewset_class = StaffOnlyChooserViewSet
    copy_view_enabled = False
    inspect_view_enabled = True
    list_per_page = 50
    list_display = [
        TitleColumn(
            "date", label=_("Vecka"), accessor="week_label", sort_key="date", get_url=inspect_url
        ),
        Column("flagged_danger", label=_("Uppmärksamhet"), accessor=attention),
        Column("status", label=_("Status"), accessor="get_status_display"),
        Column("age_band", label=_("Ålder"), accessor="get_age_band_display"),
        *[core_column(name) for name, _question in CORE_QUESTIONS],
        Column("excerpt", label=_("Fritext"), accessor=excerpt),
    ]
    inspect_view_fields = [
        "date",
        "page",
        "age_band",
        "contact_kind",
        *dict(CORE_QUESTIONS),
        *EARLIER_SCALE_FIELDS,
        "good_text",
        "better_text",
        "extra_answers",
        "flagged_danger",
        "status",
        "themes",
    ]
    list_export = [
        "pk",
        "date",
        "age_band",
        "contact_kind",
        *dict(CORE_QUESTIONS),
        *EARLIER_SCALE_FIELDS,
        "good_text",
        "better_text",
        "flagged_danger",
        "status",
        "themes",
    ]
    export_headings = {"pk": _("Nummer"), "date": _("Vecka (måndag)")}
    export_filename = "barnens-svar"


class DangerWordViewSet(SharedOrMunicipalViewSet):
    model = DangerWord
    icon = "warning"
    menu_label = _("Ord som visar fara")
    url_prefix = "feedback/danger-words"
    copy_view_enabled = False
    list_display = ["word", "whose"]
    search_fields = ["word"]
    search_backend_name = None
    chooser_viewset_class = StaffOnlyChooserViewSet


class SummaryViewSet(SinglePageViewSet):
    name = "feedback_summary"
    icon = "table"
    menu_label = _("Sammanställning")
    url_prefix = "feedback/summary"
    view_class = SummaryView
    permission = "feedback.view_feedbackresponse"

    def get_view(self):
        return permission_required(self.permission, raise_exception=True)(super().get_view())

    def shown_to(self, user):
        return user.has_perm(self.permission)


class FeedbackViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Barnens svar")
    menu_icon = "comment"
    menu_order = 250
    items = (FeedbackResponseViewSet, SummaryViewSet, DangerWordViewSet)


register_snippet(FeedbackViewSetGroup)


class StatusBulkAction(FeedbackBulkAction):
    models = [FeedbackResponse]
    permission = "feedback.change_feedbackresponse"
    status = None
    success_message = ngettext_lazy(
        "%(count)d svar har fått status '%(status)s'.",
        "%(count)d svar har fått status '%(status)s'.",
        "count",
    )

    @classmethod
    def execute_action(cls, objects, **kwargs):
        count = FeedbackResponse.objects.filter(pk__in=[o.pk for o in objects]).update(
            status=cls.status
        )
        return count, 0

    def success_message_values(self, count):
        return {"count": count, "status": Status(self.status).label}


@hooks.register("register_bulk_action")
class MarkReadBulkAction(StatusBulkAction):
    display_name = _("Markera som lästa")
    action_priority = 10
    action_type = "mark_read"
    aria_label = _("Markera valda svar som lästa")
    status = Status.READ


@hooks.register("register_bulk_action")
class MarkUsedBulkAction(StatusBulkAction):
    display_name = _("Markera som använda")
    action_priority = 11
    action_type = "mark_used"
    aria_label = _("Markera valda svar som använda i utvecklingsarbetet")
    status = Status.USED


class ThemeForm(forms.Form):
    theme = forms.ModelChoiceField(label=_("Tema"), queryset=Theme.objects.none())

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["theme"].queryset = themes_in_scope()


@hooks.register("register_bulk_action")
class AddThemeBulkAction(FeedbackBulkAction):
    display_name = _("Lägg till tema")
    action_priority = 12
    action_type = "add_theme"
    aria_label = _("Lägg till ett tema på valda svar")
    models = [FeedbackResponse]
    permission = "feedback.change_feedbackresponse"
    form_class = ThemeForm
    form_fields = ("theme",)
    success_message = ngettext_lazy(
        "Temat är tillagt på %(count)d svar.",
        "Temat är tillagt på %(count)d svar.",
        "count",
    )

    @classmethod
    def execute_action(cls, objects, theme=None, **kwargs):
        for response in objects:
            response.themes.add(theme)
        return len(objects), 0
