"""The staff summary of responses: counts and the distribution of each question per group.

Any group (or cell) with fewer than five responses is shown as "färre än 5" (and a second
cell is hidden when one alone would be), and a mean or a share is shown only when no count
of its distribution is hidden: in a small municipality a handful of answers can identify a
child. The yes/no questions show Ja / Nej / Vet inte with their shares; their answers on the
earlier 1–5 scale are counted apart, in tables of their own.
"""

from collections import defaultdict

from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from feedback.answers.statistics import display_count, is_suppressed, share, shown_distribution
from feedback.models import (
    CORE_QUESTIONS,
    EARLIER_SCALE_FIELDS,
    YES_NO_FIELDS,
    ContactKind,
    FeedbackResponse,
    Rating,
    YesNo,
)
from home.age_bands import AgeBand

NOT_GIVEN = _("Inte angivet")
CURRENT_FIELDS = [name for name, _question in CORE_QUESTIONS]


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


def summarise_question(name, values):
    """One question in one group: answered, the distribution, and a mean or shares only when
    every count of the distribution is shown."""
    choices = YesNo if name in YES_NO_FIELDS else Rating
    counts = {choice.label: values.count(choice.value) for choice in choices}
    shown, complete = shown_distribution(counts)
    return {
        "yes_no": choices is YesNo,
        "complete": complete,
        "answered": display_count(len(values)),
        "average": round(sum(values) / len(values), 1) if complete and choices is Rating else None,
        "distribution": [
            (label, count, share(counts[label], len(values)) if complete else None)
            for label, count in shown
        ],
    }


def summarise_group(label, rows, fields):
    count = len(rows)
    group = {"label": label, "count": display_count(count), "suppressed": is_suppressed(count)}
    if group["suppressed"]:
        return group
    group["questions"] = [
        summarise_question(name, [row[name] for row in rows if row[name] is not None])
        for name in fields
    ]
    return group


def build_summary(rows, fields=CURRENT_FIELDS):
    sections = []
    for title, key, newest_first in DIMENSIONS:
        groups = defaultdict(list)
        for row in rows:
            groups[key(row)].append(row)
        labels = sorted(groups, key=str, reverse=newest_first)
        sections.append(
            {
                "title": title,
                "groups": [summarise_group(label, groups[label], fields) for label in labels],
            }
        )
    return sections


def short_names(fields):
    return [FeedbackResponse._meta.get_field(name).verbose_name for name in fields]


class SummaryView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "feedback/admin/summary.html"
    page_title = _("Sammanställning av barnens svar")
    header_icon = "table"

    def get_breadcrumbs_items(self):
        return []

    def get_context_data(self, **kwargs):
        rows = list(
            FeedbackResponse.objects.values(
                "date", "age_band", "contact_kind", *CURRENT_FIELDS, *EARLIER_SCALE_FIELDS
            )
        )
        earlier_rows = [
            row for row in rows if any(row[name] is not None for name in EARLIER_SCALE_FIELDS)
        ]
        return super().get_context_data(
            total=display_count(len(rows)),
            questions=[
                (short, question)
                for short, (_name, question) in zip(
                    short_names(CURRENT_FIELDS), CORE_QUESTIONS, strict=True
                )
            ],
            current_names=short_names(CURRENT_FIELDS),
            sections=build_summary(rows),
            earlier_names=short_names(EARLIER_SCALE_FIELDS),
            earlier_total=display_count(len(earlier_rows)),
            earlier_sections=build_summary(earlier_rows, EARLIER_SCALE_FIELDS)
            if earlier_rows
            else [],
            **kwargs,
        )
