"""Small-group suppression: a count under MIN_GROUP_SIZE is never shown as a number.

In a small municipality a handful of answers can identify a child, so any group with fewer
than five responses (or interviews) is shown as "färre än 5" and never used for an average.
"""

from django.utils.translation import gettext_lazy as _

MIN_GROUP_SIZE = 5
SUPPRESSED_LABEL = _("färre än 5")


def is_suppressed(count: int) -> bool:
    return count < MIN_GROUP_SIZE


def display_count(count: int):
    """The number as shown to people: the count itself, or 'färre än 5'."""
    return SUPPRESSED_LABEL if is_suppressed(count) else count


def safe_average(values):
    """The mean of values, or None when the group is too small to show."""
    values = [v for v in values if v is not None]
    if is_suppressed(len(values)):
        return None
    return round(sum(values) / len(values), 1)
