"""Figures for politicians: improvements by status and theme, and years side by side.

Every function runs a fixed number of queries, whatever the amount of content. Feedback
averages go through the small-group rules of ``feedback.answers.statistics``.
"""

from django.db.models import Avg, Case, Count, Prefetch, Q, When
from django.db.models.functions import ExtractYear

from feedback.answers.statistics import display_count, is_suppressed
from feedback.models.responses import CORE_QUESTIONS, FeedbackResponse
from feedback.models.themes import Theme

from .improvements import Improvement, ImprovementStatus, StatusChange
from .yearly_report import YearlyReportPage

RATING_FIELDS = [name for name, _question in CORE_QUESTIONS]


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
    """[(theme, total, done)] for every theme that has improvements."""
    return list(
        Theme.objects.annotate(
            total=Count("improvements", distinct=True),
            done=Count(
                "improvements",
                filter=Q(improvements__status=ImprovementStatus.DONE),
                distinct=True,
            ),
        )
        .filter(total__gt=0)
        .values_list("name", "total", "done")
    )


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


def year_comparison():
    """One row per year: interviews, feedback answers and averages, improvements done.

    A year with fewer than five answers shows 'färre än 5' and no averages; an average
    resting on fewer than five answers to that question is not shown either.
    """
    feedback = {
        row["year"]: row
        for row in FeedbackResponse.objects.annotate(year=ExtractYear("date"))
        .values("year")
        .annotate(
            total=Count("pk"),
            **{f"{name}_n": Count(name) for name in RATING_FIELDS},
            **{f"{name}_avg": Avg(name) for name in RATING_FIELDS},
        )
        .order_by()
    }
    interviews = {}
    for report in YearlyReportPage.objects.live().values("year", "interviews_held"):
        interviews[report["year"]] = interviews.get(report["year"], 0) + report["interviews_held"]
    done = dict(
        Improvement.objects.filter(done_date__isnull=False)
        .annotate(year=ExtractYear("done_date"))
        .values_list("year")
        .annotate(n=Count("pk"))
        .order_by()
    )
    rows = []
    for year in sorted(set(feedback) | set(interviews) | set(done), reverse=True):
        answers = feedback.get(year, {})
        total = answers.get("total", 0)
        averages = []
        for name in RATING_FIELDS:
            answered = answers.get(f"{name}_n", 0)
            average = answers.get(f"{name}_avg")
            shown = not is_suppressed(answered) and average is not None
            averages.append(round(average, 1) if shown else None)
        rows.append(
            {
                "year": year,
                "interviews": interviews.get(year),
                "answers": display_count(total),
                "averages": averages,
                "done": done.get(year, 0),
            }
        )
    return {
        "questions": [
            FeedbackResponse._meta.get_field(name).verbose_name for name in RATING_FIELDS
        ],
        "rows": rows,
    }
