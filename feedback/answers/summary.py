"""The staff summary of responses: counts and the distribution of each rating per group.

Any group (or cell) with fewer than five responses is shown as "färre än 5" and is never
given an average: in a small municipality a handful of answers can identify a child.
"""

from collections import defaultdict

from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from feedback.answers.statistics import display_count, is_suppressed, safe_average
from feedback.models import CORE_QUESTIONS, ContactKind, FeedbackResponse, Rating
from home.age_bands import AgeBand

NOT_GIVEN = _("Inte angivet")
RATING_FIELDS = [name for name, _question in CORE_QUESTIONS]


def _year(row):
    return str(row["date"].year)


def _month(row):
    return row["date"].strftime("%Y-%m")


def _choice(field, choices):
    labels = dict(choices)

    def key(row):
        return labels.get(row[field], NOT_GIVEN)

    return key


DIMENSIONS = (
    (_("Per år"), _year, True),
    (_("Per månad"), _month, True),
    (_("Per ålder"), _choice("age_band", AgeBand.choices), False),
    (_("Per typ av kontakt"), _choice("contact_kind", ContactKind.choices), False),
)


def summarise_group(label, rows):
    count = len(rows)
    group = {"label": label, "count": display_count(count), "suppressed": is_suppressed(count)}
    if group["suppressed"]:
        return group
    group["questions"] = []
    for name in RATING_FIELDS:
        values = [row[name] for row in rows if row[name] is not None]
        group["questions"].append(
            {
                "average": safe_average(values),
                "answered": display_count(len(values)),
                "distribution": [
                    (rating.label, display_count(values.count(rating.value))) for rating in Rating
                ],
            }
        )
    return group


def build_summary(rows):
    sections = []
    for title, key, newest_first in DIMENSIONS:
        groups = defaultdict(list)
        for row in rows:
            groups[key(row)].append(row)
        labels = sorted(groups, key=str, reverse=newest_first)
        sections.append(
            {"title": title, "groups": [summarise_group(label, groups[label]) for label in labels]}
        )
    return sections


class SummaryView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "feedback/admin/summary.html"
    page_title = _("Sammanställning av barnens svar")
    header_icon = "table"

    def get_breadcrumbs_items(self):
        return []

    def get_context_data(self, **kwargs):
        rows = list(
            FeedbackResponse.objects.values("date", "age_band", "contact_kind", *RATING_FIELDS)
        )
        return super().get_context_data(
            total=display_count(len(rows)),
            questions=[
                (FeedbackResponse._meta.get_field(name).verbose_name, question)
                for name, question in CORE_QUESTIONS
            ],
            sections=build_summary(rows),
            **kwargs,
        )
