"""The county's figures, per municipality and year: the core questions' averages and counts,
the interviews of the yearly reports, the improvements by status and by theme.

Only counts and averages, never an answer, a text or a page of a municipality. Every figure
goes through ``municipalities.suppression`` (the rule is in its docstring). The queries are
the same few however many municipalities there are: every figure is aggregated in the
database per municipality (and year), and the yearly reports are matched to their
municipality by the tree path of its home page.
"""

from dataclasses import dataclass, field

from django.db.models import Count, Q, Sum
from django.db.models.functions import ExtractYear
from django.utils.translation import gettext_lazy as _

from feedback.answers.statistics import COMPLEMENT_LABEL, SUPPRESSED_LABEL, is_suppressed, share
from feedback.internal.improvements import Improvement, ImprovementStatus
from feedback.internal.yearly_report import YearlyReportPage
from feedback.models.responses import CORE_QUESTIONS, YES_NO_FIELDS, FeedbackResponse, YesNo

from . import scope
from .models import Municipality
from .suppression import COMPLEMENT, SMALL, Cell, count_cell, protect

COUNTY = _("Länet")
NOT_SHOWN = "–"
FIELDS = [name for name, _question in CORE_QUESTIONS]
LOWEST, HIGHEST = 1, 5  # the faces of "Hur blev du bemött?"


def count_label(cell):
    if cell.hidden == SMALL:
        return SUPPRESSED_LABEL
    if cell.hidden == COMPLEMENT:
        return COMPLEMENT_LABEL
    return cell.value


@dataclass
class Line:
    """One column: a cell per municipality and the county's total, each as shown."""

    cells: list
    total: object


@dataclass
class Table:
    caption: str
    headings: list
    rows: list = field(default_factory=list)  # [(municipality or theme name, [shown])]
    total: list = field(default_factory=list)  # the county's row, or empty

    @classmethod
    def from_lines(cls, caption, headings, labels, lines, with_total=True):
        rows = [(label, [line.cells[n] for line in lines]) for n, label in enumerate(labels)]
        return cls(caption, headings, rows, [line.total for line in lines] if with_total else [])


def count_line(counts):
    """The line of ``counts`` (one a municipality) under their sum."""
    cells = [count_cell(count) for count in counts]
    total = sum(counts)
    if protect(cells, not is_suppressed(total)):
        shown_total = total
    else:
        shown_total = SUPPRESSED_LABEL if is_suppressed(total) else COMPLEMENT_LABEL
    return Line([count_label(cell) for cell in cells], shown_total), cells


def _mean(total, n):
    return round(total / n, 1)


def _yes_share(counts):
    return f"{share(counts[YesNo.YES], sum(counts.values()))}\u00a0%"


def _distribution_complete(counts):
    return not any(is_suppressed(count) for count in counts.values())


def average_line(name, rows, n_cells):
    """The line of one question's averages: the mean 1–5, or the share of Ja; hidden with
    its count (``n_cells``, protected already), or for an incomplete distribution."""
    yes_no = name in YES_NO_FIELDS
    cells, figures = [], []
    for row, n_cell in zip(rows, n_cells, strict=True):
        n = row[f"{name}_n"]
        if yes_no:
            counts = {choice: row[f"{name}_{choice}"] for choice in YesNo.values}
            value, bounds, own_ok = counts[YesNo.YES], (0, n), _distribution_complete(counts)
            figures.append(_yes_share(counts) if n else None)
        else:
            value, bounds, own_ok = row[f"{name}_sum"] or 0, (LOWEST * n, HIGHEST * n), True
            figures.append(_mean(value, n) if n else None)
        hidden = SMALL if n_cell.hidden or not own_ok else None
        cells.append(Cell(value, n, hidden, bounds))
    n_total = sum(row[f"{name}_n"] for row in rows)
    if yes_no:
        counts = {c: sum(row[f"{name}_{c}"] for row in rows) for c in YesNo.values}
        own_ok, county = _distribution_complete(counts), _yes_share(counts) if n_total else None
    else:
        county_sum = sum(row[f"{name}_sum"] or 0 for row in rows)
        own_ok, county = True, _mean(county_sum, n_total) if n_total else None
    total_shown = protect(cells, own_ok and not is_suppressed(n_total))
    shown = [
        NOT_SHOWN if cell.hidden else figure for cell, figure in zip(cells, figures, strict=True)
    ]
    return Line(shown, county if total_shown else NOT_SHOWN)


def answers_by_municipality_and_year():
    """{(municipality id, year): the year's counts and sums} in one query."""
    aggregates = {"total": Count("pk")}
    for name in FIELDS:
        aggregates[f"{name}_n"] = Count(name)
        if name in YES_NO_FIELDS:
            for choice in YesNo.values:
                aggregates[f"{name}_{choice}"] = Count("pk", filter=Q(**{name: choice}))
        else:
            aggregates[f"{name}_sum"] = Sum(name)
    rows = (
        FeedbackResponse.objects.annotate(year=ExtractYear("date"))
        .values("municipality", "year")
        .annotate(**aggregates)
        .order_by()
    )
    return {(row["municipality"], row["year"]): row for row in rows}


def empty_answers():
    row = {"total": 0}
    for name in FIELDS:
        row[f"{name}_n"] = 0
        row[f"{name}_sum"] = 0
        row.update({f"{name}_{choice}": 0 for choice in YesNo.values})
    return row


def interviews_by_municipality_and_year(municipalities):
    """{(municipality id, year): interviews held} from the live yearly reports below each
    municipality's home page (one query)."""
    roots = [(m["site__root_page__path"], m["pk"]) for m in municipalities]
    held = {}
    for report in YearlyReportPage.objects.live().values("path", "year", "interviews_held"):
        for root, pk in roots:
            if report["path"].startswith(root):
                key = (pk, report["year"])
                held[key] = held.get(key, 0) + report["interviews_held"]
    return held


def question_headings():
    headings = [_("Svar")]
    for name in FIELDS:
        verbose_name = FeedbackResponse._meta.get_field(name).verbose_name
        headings.append(_("%(question)s, antal svar") % {"question": verbose_name})
        if name in YES_NO_FIELDS:
            headings.append(_("%(question)s, andel ja") % {"question": verbose_name})
        else:
            headings.append(_("%(question)s, medel 1–5") % {"question": verbose_name})
    return headings


def answers_lines(rows):
    """The lines of one year's answers table: the answers, then per question its count and
    its average."""
    total_line, _cells = count_line([row["total"] for row in rows])
    lines = [total_line]
    for name in FIELDS:
        n_line, n_cells = count_line([row[f"{name}_n"] for row in rows])
        lines += [n_line, average_line(name, rows, n_cells)]
    return lines


def status_headings():
    return [status.label for status in ImprovementStatus]


def improvements_table(municipalities, names):
    """Each municipality's improvements per status, as they stand now (one query)."""
    counts = {
        (row["municipality"], row["status"]): row["n"]
        for row in Improvement.objects.values("municipality", "status")
        .annotate(n=Count("pk"))
        .order_by()
    }
    lines = [
        count_line([counts.get((m["pk"], status), 0) for m in municipalities])[0]
        for status in ImprovementStatus
    ]
    return Table.from_lines(_("Förbättringar per status"), status_headings(), names, lines)


def themes_table(status_totals):
    """The county's improvements per theme (by name: the shared themes and each
    municipality's own) and status. An improvement with two themes counts under both, so the
    column of a status may add up to more than its total; each column is protected as if
    it added up to the county's total of that status, when that is shown."""
    counts = {}
    for row in (
        Improvement.objects.filter(themes__isnull=False)
        .values("themes__name", "status")
        .annotate(n=Count("pk", distinct=True))
        .order_by()
    ):
        counts[(row["themes__name"], row["status"])] = row["n"]
    names = sorted({name for name, _status in counts})
    lines = []
    for status, total in zip(ImprovementStatus, status_totals, strict=True):
        cells = [count_cell(counts.get((name, status), 0)) for name in names]
        protect(cells, isinstance(total, int))
        lines.append(Line([count_label(cell) for cell in cells], None))
    return Table.from_lines(
        _("Förbättringar per tema och status, hela länet"),
        status_headings(),
        names,
        lines,
        with_total=False,
    )


def municipalities_in_county():
    return list(
        Municipality.objects.order_by("site__site_name", "pk").values(
            "pk", "site__site_name", "site__hostname", "site__root_page__path"
        )
    )


@dataclass
class County:
    """What the county's figures are made of, read across every municipality."""

    municipalities: list
    answers: dict
    interviews: dict

    @classmethod
    def read(cls):
        with scope.unscoped():
            municipalities = municipalities_in_county()
            answers = answers_by_municipality_and_year()
        return cls(municipalities, answers, interviews_by_municipality_and_year(municipalities))

    @property
    def names(self):
        return [m["site__site_name"] or m["site__hostname"] for m in self.municipalities]

    @property
    def years(self):
        """Every year with answers or a report, the newest first."""
        return sorted({year for _pk, year in self.answers} | {y for _pk, y in self.interviews})[
            ::-1
        ]

    def answer_rows(self, year):
        return [self.answers.get((m["pk"], year)) or empty_answers() for m in self.municipalities]

    def interview_line(self, year):
        return count_line([self.interviews.get((m["pk"], year), 0) for m in self.municipalities])[0]


@dataclass
class CountyFigures:
    years: list
    answers: list  # [(year, Table)]
    interviews: Table
    improvements: Table
    themes: Table


def county_figures():
    """Everything the regional view shows."""
    county = County.read()
    names, years = county.names, county.years
    answer_tables = [
        (
            year,
            Table.from_lines(
                _("Barnens svar %(year)s") % {"year": year},
                question_headings(),
                names,
                answers_lines(county.answer_rows(year)),
            ),
        )
        for year in years
    ]
    interviews = Table.from_lines(
        _("Genomförda intervjuer"), years, names, [county.interview_line(y) for y in years]
    )
    with scope.unscoped():
        improvements = improvements_table(county.municipalities, names)
        themes = themes_table(improvements.total)
    return CountyFigures(years, answer_tables, interviews, improvements, themes)


def _rest_is_shown(rows, own, name=None):
    """Whether the county less ``own`` (a politician knows their own figures) would be shown:
    its answers (``name`` None) or its answers to question ``name`` with its distribution."""
    rest = [row for n, row in enumerate(rows) if n != own]
    if name is None:
        return not is_suppressed(sum(row["total"] for row in rest))
    if name in YES_NO_FIELDS:
        return _distribution_complete(
            {c: sum(row[f"{name}_{c}"] for row in rest) for c in YesNo.values}
        )
    return not is_suppressed(sum(row[f"{name}_n"] for row in rest))


def _beside(shown, rest_is_shown, hidden_label):
    """The county's figure as the regional view shows it, or hidden when the rest is not."""
    return shown if rest_is_shown or shown in (NOT_SHOWN, SUPPRESSED_LABEL) else hidden_label


def county_beside(municipality_pk):
    """{year: the county's figures as the politicians of ``municipality_pk`` see them beside
    their own}: the answers, each question's average and the interviews, each shown only
    when the regional view shows it and the county less that municipality would be shown too
    (otherwise the county less their own figure would give the other municipalities' away)."""
    county = County.read()
    own = next((n for n, m in enumerate(county.municipalities) if m["pk"] == municipality_pk), None)
    figures = {}
    for year in county.years:
        rows = county.answer_rows(year)
        total, *per_question = answers_lines(rows)
        interviews = county.interview_line(year).total
        rest_interviews = sum(
            county.interviews.get((m["pk"], year), 0)
            for n, m in enumerate(county.municipalities)
            if n != own
        )
        figures[year] = {
            "answers": _beside(total.total, _rest_is_shown(rows, own), COMPLEMENT_LABEL),
            "figures": [
                _beside(line.total, _rest_is_shown(rows, own, name), NOT_SHOWN)
                for name, line in zip(FIELDS, per_question[1::2], strict=True)
            ],
            "interviews": _beside(interviews, not is_suppressed(rest_interviews), COMPLEMENT_LABEL),
        }
    return figures
