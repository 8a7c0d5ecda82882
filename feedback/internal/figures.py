"""Figures for politicians: improvements by status and theme, and years side by side.

Every function runs a fixed number of queries, whatever the amount of content. Feedback
averages go through the small-group rules of ``feedback.answers.statistics``.
"""

from django.db.models import Avg, Case, Count, Prefetch, Q, When
from django.db.models.functions import ExtractYear
from django.utils.translation import gettext as _

from feedback.answers.statistics import display_count, is_suppressed, share, shown_distribution
from feedback.models.responses import (
    CORE_QUESTIONS,
    EARLIER_SCALE_FIELDS,
    YES_NO_FIELDS,
    FeedbackResponse,
    YesNo,
)
from feedback.models.themes import Theme
from municipalities.models import Municipality
from municipalities.regional import county_beside

from .improvements import Improvement, ImprovementStatus, StatusChange
from .yearly_report import YearlyReportPage

CURRENT_FIELDS = [name for name, _question in CORE_QUESTIONS]
SCALE_FIELDS = [name for name in CURRENT_FIELDS if name not in YES_NO_FIELDS]


def chosen_theme(request):
    slug = request.GET.get("tema")
    return Theme.objects.filter(slug=slug).first() if slug else None


def status_counts(theme=None):
    """[(status label, count)] for every status, in the order of the process."""
    improvements = Improvement.objects.all()
    if theme:
        improvements = improvements.filter(themes=theme)
    counts = dict(improvements.values_list("status").annotate(n=Count("pk")).order_by())
    return [(status.label, counts.get(status.value, 0)) for status in ImprovementStatus]


def theme_counts():
    """[(theme, total, done)] for every theme that has improvements (counted from the
    improvements, so only the municipality's own are counted)."""
    return list(
        Improvement.objects.filter(themes__isnull=False)
        .values_list("themes__name")
        .annotate(
            total=Count("pk", distinct=True),
            done=Count("pk", filter=Q(status=ImprovementStatus.DONE), distinct=True),
        )
        .order_by("themes__name")
    )


def themes_in_use():
    """The themes the municipality's improvements have (the politicians' filter)."""
    return Theme.objects.filter(improvements__in=Improvement.objects.all()).distinct()


def improvements_with_history(theme=None):
    improvements = Improvement.objects.select_related("finding__page").prefetch_related(
        "themes", Prefetch("status_changes", queryset=StatusChange.objects.order_by("date", "pk"))
    )
    if theme:
        improvements = improvements.filter(themes=theme)
    # Grouped by status in the order of the process (Föreslagen first), not alphabetically.
    process_order = Case(
        *(When(status=status, then=n) for n, status in enumerate(ImprovementStatus))
    )
    return improvements.order_by(process_order, "-status_changed_on", "pk")


def _average(answers, name):
    """The year's mean of a 1–5 question, or None when fewer than 5 answered it."""
    average = answers.get(f"{name}_avg")
    if is_suppressed(answers.get(f"{name}_n", 0)) or average is None:
        return None
    return round(average, 1)


def _yes_share(answers, name):
    """ "62 %" of the year's answers to a yes/no question said Ja; None unless every one of
    Ja, Nej and Vet inte has 5 answers or more (a share must not give a hidden count away)."""
    counts = {choice: answers.get(f"{name}_{choice}", 0) for choice in YesNo.values}
    _shown, complete = shown_distribution(counts)
    if not complete:
        return None
    return f"{share(counts[YesNo.YES], sum(counts.values()))}\u00a0%"


def _heading(name):
    verbose_name = FeedbackResponse._meta.get_field(name).verbose_name
    if name in YES_NO_FIELDS:
        return _("%(question)s, andel ja") % {"question": verbose_name}
    return _("%(question)s, medel 1–5") % {"question": verbose_name}


def section_municipality(section):
    """The id of the municipality whose home page ``section`` is below, or None."""
    return (
        Municipality.objects.filter(site__root_page__in=section.get_ancestors())
        .values_list("pk", flat=True)
        .first()
    )


def year_comparison(section):
    """One row per year: interviews, feedback answers, the share of Ja for each yes/no question
    and the mean of "Hur blev du bemött?", improvements done (interviews from the yearly reports
    of ``section``), with the county's interviews, answers and figures beside the
    municipality's own ("county", from ``municipalities.regional.county_beside``); and apart,
    the yearly means of the answers the yes/no questions got on the earlier 1–5 scale.

    A year with fewer than five answers shows 'färre än 5' and no figures; a mean resting on
    fewer than five answers to that question is not shown, nor a share when Ja, Nej or
    Vet inte has fewer than five.
    """
    feedback = {
        row["year"]: row
        for row in FeedbackResponse.objects.annotate(year=ExtractYear("date"))
        .values("year")
        .annotate(
            total=Count("pk"),
            **{f"{name}_n": Count(name) for name in SCALE_FIELDS + list(EARLIER_SCALE_FIELDS)},
            **{f"{name}_avg": Avg(name) for name in SCALE_FIELDS + list(EARLIER_SCALE_FIELDS)},
            **{
                f"{name}_{choice}": Count("pk", filter=Q(**{name: choice}))
                for name in YES_NO_FIELDS
                for choice in YesNo.values
            },
        )
        .order_by()
    }
    interviews = {}
    reports = YearlyReportPage.objects.live().descendant_of(section)
    for report in reports.values("year", "interviews_held"):
        interviews[report["year"]] = interviews.get(report["year"], 0) + report["interviews_held"]
    done = dict(
        Improvement.objects.filter(done_date__isnull=False)
        .annotate(year=ExtractYear("done_date"))
        .values_list("year")
        .annotate(n=Count("pk"))
        .order_by()
    )
    county = county_beside(section_municipality(section))
    nobody = [None] * len(CURRENT_FIELDS)
    rows, earlier_rows = [], []
    for year in sorted(set(feedback) | set(interviews) | set(done), reverse=True):
        answers = feedback.get(year, {})
        shown = not is_suppressed(answers.get("total", 0))
        own_figures = [
            (_yes_share if name in YES_NO_FIELDS else _average)(answers, name) if shown else None
            for name in CURRENT_FIELDS
        ]
        county_figures = county.get(year) or {"figures": nobody}
        rows.append(
            {
                "year": year,
                "interviews": interviews.get(year),
                "answers": display_count(answers.get("total", 0)),
                "figures": own_figures,
                "done": done.get(year, 0),
                "county": county_figures,
                "figure_pairs": list(zip(own_figures, county_figures["figures"], strict=True)),
            }
        )
        if any(answers.get(f"{name}_n") for name in EARLIER_SCALE_FIELDS):
            earlier_rows.append(
                {
                    "year": year,
                    "averages": [
                        _average(answers, name) if shown else None for name in EARLIER_SCALE_FIELDS
                    ],
                }
            )
    pairs = range(len(CURRENT_FIELDS) + 2)  # interviews, answers, each question
    return {
        "questions": [_heading(name) for name in CURRENT_FIELDS],
        "pairs": pairs,
        "columns": 2 * len(pairs) + 2,
        "rows": rows,
        "earlier_questions": [
            FeedbackResponse._meta.get_field(name).verbose_name for name in EARLIER_SCALE_FIELDS
        ],
        "earlier_rows": earlier_rows,
    }
