"""Suppression of a line of figures that add up to a total shown beside them (the county's
municipalities and "Länet"), so that no hidden figure can be worked back from what is shown.

A *line* is one column of the regional view: one cell per municipality and the county's
total, which is the sum of the cells (a count: answers, answers to one question, interviews,
improvements of one status), or the sum behind an average (the sum of the ratings, or the
number of Ja, of each municipality's answers). The rule, for every line:

1. A count under 5 is hidden ("färre än 5"); an average is hidden when the count it rests
   on is hidden, and a share of Ja when Ja, Nej or Vet inte has fewer than 5 answers
   (``feedback.answers.statistics``).
2. The county's total is hidden when it is itself under 5 (a count), or when its own average
   is hidden by rule 1. Otherwise it is shown, even when some municipality's cell is hidden.
3. While the total is shown, the hidden cells must leave every one of them open. A reader
   knows the sum of the hidden cells (the total minus the shown ones) and what each hidden
   cell may be: 0–4 for "färre än 5", 5 or more for a cell hidden by this rule ("dold så att
   ingen kan räknas fram"), and, for an average's sum, between the lowest and the highest
   answer times its count. Every hidden cell is open exactly when at least two cells are
   hidden and their sum lies strictly between the least and the most those bounds allow
   (one hidden cell is the total minus the others; at either end every cell sits at its own
   bound). So while that fails, the smallest shown cell (by its count, then by its place) is
   hidden too; when no cell is left to hide, the total is hidden.

A reader is assumed to know more than they do (the exact sum of the hidden cells and each
hidden average's count), so a line that passes is safe with less. Each line is checked on its
own: the regional view shows no total across a row (no sum of the years, the statuses or the
questions), so no two lines share a hidden cell's constraint.
"""

from dataclasses import dataclass

from feedback.answers.statistics import MIN_GROUP_SIZE

SMALL = "small"  # under 5: "färre än 5"
COMPLEMENT = "complement"  # 5 or more, hidden by rule 3
UNBOUNDED = float("inf")


@dataclass
class Cell:
    """One municipality's figure in a line: ``value`` adds up to the total; ``size`` orders
    the complements; ``bounds`` is what a reader knows an average's sum lies between once
    hidden (None for a count, whose bounds follow from how it is hidden)."""

    value: int
    size: int
    hidden: str | None = None
    bounds: tuple | None = None

    def known_bounds(self):
        if self.bounds is not None:
            return self.bounds
        if self.hidden == SMALL:
            return 0, MIN_GROUP_SIZE - 1
        return MIN_GROUP_SIZE, UNBOUNDED


def count_cell(count):
    """A count: hidden as "färre än 5" under 5."""
    return Cell(count, count, SMALL if count < MIN_GROUP_SIZE else None)


def is_open(cells):
    """True when no hidden cell of ``cells`` can be worked out from the shown ones and the
    total (rule 3)."""
    # A cell that can only be one thing (an average of no answers) is neither secret nor cover.
    hidden = [c for c in cells if c.hidden and c.known_bounds()[0] < c.known_bounds()[1]]
    if not hidden:
        return True
    if len(hidden) < 2:
        return False
    total = sum(cell.value for cell in hidden)
    lows, highs = zip(*(cell.known_bounds() for cell in hidden), strict=True)
    return sum(lows) < total < sum(highs)


def protect(cells, total_shown):
    """Hide cells of the line as the module's rule says; returns whether the total is shown.

    ``cells`` come with their own hiding (rule 1) set; complements are marked on them."""
    if not total_shown:
        return False
    while not is_open(cells):
        shown = [(cell.size, n) for n, cell in enumerate(cells) if not cell.hidden]
        if not shown:
            return False
        cells[min(shown)[1]].hidden = COMPLEMENT
    return True
