"""Template tags of the shared public frame (templates/base.html and includes/)."""

from django import template

register = template.Library()


@register.simple_tag
def live_translations(page):
    """The page's live translations with their locales, in one query."""
    return page.get_translations().live().select_related("locale").order_by("locale__id")
