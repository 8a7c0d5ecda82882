from django import template

from feedback.statistics import display_count

register = template.Library()


@register.filter
def group_count(count):
    """{{ n|group_count }} shows the count, or 'färre än 5' for a small group."""
    return display_count(int(count or 0))
