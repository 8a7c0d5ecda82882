"""Small-group suppression: a count under MIN_GROUP_SIZE is never shown as a number.

In a small municipality a handful of answers can identify a child, so any group with fewer
than five responses (or interviews) is shown as "färre än 5" and never used for an average;
a larger group hidden only to protect a small one says so instead. A share or a mean of a
distribution is given only when none of its counts is hidden: from a share and the total, or
a mean and the other counts, a hidden count could be worked out.
"""

from django.utils.translation import gettext_lazy as _

MIN_GROUP_SIZE = 5
SUPPRESSED_LABEL = _("färre än 5")
# A group of 5 or more, hidden only so that the small one cannot be subtracted from the total.
COMPLEMENT_LABEL = _("dold så att ingen kan räknas fram")


def is_suppressed(count: int) -> bool:
    return count < MIN_GROUP_SIZE


def display_count(count: int):
    """The number as shown to people: the count itself, or 'färre än 5'."""
    return SUPPRESSED_LABEL if is_suppressed(count) else count


def suppressed_distribution(counts: dict):
    """[(label, shown count)] with small groups hidden, each hidden group saying why.

    When exactly one group is hidden, the smallest other group is hidden too: otherwise the
    hidden number could be worked out by subtracting the others from the total. That group is
    not small, so it says "dold så att ingen kan räknas fram", never "färre än 5".
    """
    small = {label for label, count in counts.items() if is_suppressed(count)}
    complement = set()
    if len(small) == 1 and len(counts) > 1:
        others = sorted((count, label) for label, count in counts.items() if label not in small)
        complement.add(others[0][1])

    def shown(label, count):
        if label in small:
            return SUPPRESSED_LABEL
        return COMPLEMENT_LABEL if label in complement else count

    return [(label, shown(label, count)) for label, count in counts.items()]


def shown_distribution(counts: dict):
    """(suppressed_distribution(counts), complete): complete when no count in it is hidden,
    the only case in which the distribution may be given shares or a mean."""
    shown = suppressed_distribution(counts)
    return shown, all(isinstance(count, int) for _label, count in shown)


def share(count: int, total: int) -> int:
    """A whole per cent; only for a complete distribution (see shown_distribution)."""
    return round(100 * count / total)
