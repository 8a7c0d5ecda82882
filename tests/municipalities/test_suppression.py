"""The line rule of municipalities.suppression, checked by brute force: from what a line shows
(the shown cells, how each hidden cell is labelled, the total) every hidden cell must still
have at least two possible values."""

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from municipalities.suppression import COMPLEMENT, SMALL, Cell, count_cell, protect


def shown_line(counts):
    cells = [count_cell(count) for count in counts]
    total_shown = protect(cells, sum(counts) >= 5)
    return cells, total_shown


def possible_values(cells, total):
    """For each hidden cell, every value it can have given what is shown: "färre än 5" is
    0–4, "dold så att ingen kan räknas fram" is 5 or more, and the hidden cells add up to the
    total less the shown cells."""
    hidden = [n for n, cell in enumerate(cells) if cell.hidden]
    rest = total - sum(cell.value for cell in cells if not cell.hidden)
    ranges = [range(0, 5) if cells[n].hidden == SMALL else range(5, rest + 1) for n in hidden]
    possible = {n: set() for n in hidden}
    for values in itertools.product(*ranges):
        if sum(values) == rest:
            for n, value in zip(hidden, values, strict=True):
                possible[n].add(value)
    return possible


def test_one_small_municipality_hides_the_next_smallest_too():
    cells, total_shown = shown_line([12, 3, 8, 20])
    assert total_shown
    assert [cell.hidden for cell in cells] == [None, SMALL, COMPLEMENT, None]


def test_two_small_ones_cover_each_other():
    cells, total_shown = shown_line([12, 3, 2, 20])
    assert total_shown
    assert [cell.hidden for cell in cells] == [None, SMALL, SMALL, None]


def test_zeros_and_a_five_are_not_enough_cover():
    # 0 and 5 hidden: the reader knows they add up to 5, that one is under 5 and the other
    # at least 5, so they would be 0 and 5. A third is hidden.
    cells, total_shown = shown_line([0, 5, 9, 30])
    assert total_shown
    assert [cell.hidden for cell in cells] == [SMALL, COMPLEMENT, COMPLEMENT, None]


def test_two_fours_alone_would_be_known():
    # Two "färre än 5" adding up to 8 are both 4.
    cells, _total_shown = shown_line([4, 4, 10])
    assert [cell.hidden for cell in cells] == [SMALL, SMALL, COMPLEMENT]


def test_a_small_county_hides_its_total_and_needs_no_cover():
    cells, total_shown = shown_line([1, 2, 0])
    assert not total_shown
    assert all(cell.hidden == SMALL for cell in cells)


def test_with_nothing_left_to_hide_the_total_is_hidden():
    # 3 + 5 = 8: "under 5" and "5 or more" leave 0–3 and 5–8, so the total may be shown …
    cells, total_shown = shown_line([3, 5])
    assert [cell.hidden for cell in cells] == [SMALL, COMPLEMENT] and total_shown
    # … but 0 + 5 = 5 would give both away, and there is no third to hide.
    cells, total_shown = shown_line([0, 5])
    assert [cell.hidden for cell in cells] == [SMALL, COMPLEMENT] and not total_shown


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=14), min_size=1, max_size=5))
def test_no_hidden_count_can_be_worked_back(counts):
    cells, total_shown = shown_line(counts)
    if not total_shown:
        return
    for n, values in possible_values(cells, sum(counts)).items():
        assert len(values) >= 2, (counts, n, values)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(min_value=0, max_value=6), st.integers(min_value=1, max_value=5)),
        min_size=2,
        max_size=4,
    )
)
def test_no_hidden_average_can_be_worked_back(groups):
    """Each municipality: n answers, all with the same face; its mean is hidden with its n.
    Even knowing every n, the hidden sums must stay open."""
    cells = [Cell(n * face, n, SMALL if n < 5 else None, (1 * n, 5 * n)) for n, face in groups]
    if not protect(cells, sum(n for n, _face in groups) >= 5):
        return
    hidden = [cell for cell in cells if cell.hidden and cell.bounds[0] < cell.bounds[1]]
    rest = sum(cell.value for cell in hidden)
    for cell in hidden:
        others = [c for c in hidden if c is not cell]
        possible = [
            value
            for value in range(cell.bounds[0], cell.bounds[1] + 1)
            if sum(c.bounds[0] for c in others) <= rest - value <= sum(c.bounds[1] for c in others)
        ]
        assert len(possible) >= 2, (groups, possible)
