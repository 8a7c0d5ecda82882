from django import template
from django.contrib.contenttypes.models import ContentType
from django.utils.translation import get_language
from wagtail.models import Page

from feedback.answers.statistics import display_count
from feedback.models import FeedbackPage, WhatHappenedPage
from portal.pagecache.privacy import public_q

register = template.Library()


@register.filter
def group_count(count):
    """{{ n|group_count }} shows the count, or 'färre än 5' for a small group."""
    return display_count(int(count or 0))


@register.inclusion_tag("feedback/includes/feedback_links.html", takes_context=True)
def feedback_links(context, hide_what_happened=False):
    """Links to the feedback form and to "Ni sa – vi gjorde" in the active language (one query)."""
    pages = (
        Page.objects.live()
        .type(FeedbackPage, WhatHappenedPage)
        .filter(public_q(), locale__language_code=get_language())
        .order_by("path")
    )
    first = {}
    for page in pages:
        first.setdefault(page.content_type_id, page)
    types = ContentType.objects.get_for_models(FeedbackPage, WhatHappenedPage)
    return {
        "request": context.get("request"),
        "feedback_page": first.get(types[FeedbackPage].pk),
        "what_happened_page": first.get(types[WhatHappenedPage].pk),
        "hide_what_happened": hide_what_happened,
    }
