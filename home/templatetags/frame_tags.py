"""Template tags of the shared public frame (templates/base.html and includes/)."""

from django import template
from django.conf import settings
from django.utils.html import conditional_escape, format_html

from home import phone_links
from portal.security.headers import sends_same_origin_referrer

register = template.Library()


@register.filter
def tel_href(number):
    """``<a href="{{ phone|tel_href }}">``: ``tel:`` and the number's digits, the one way a
    phone link is made (a filter inside ``blocktranslate`` is not applied: compute it first,
    ``{% with href=phone|tel_href %}``)."""
    return phone_links.tel_href(number)


@register.filter
def link_phones(text):
    """The text (escaped unless already safe HTML) with every phone number a ``tel:`` link."""
    return phone_links.link_phone_numbers(conditional_escape(text))


@register.simple_tag
def live_translations(page):
    """The page's live translations with their locales, in one query."""
    return page.get_translations().live().select_related("locale").order_by("locale__id")


@register.simple_tag(takes_context=True)
def referrer_policy_meta(context):
    """``<meta name="referrer" content="no-referrer">``, except where a CSRF form is posted.

    Under no-referrer a browser posts forms with "Origin: null", which Django's CSRF check
    refuses; those pages (``portal.security.headers.sends_same_origin_referrer``) rely on the
    header.
    """
    request = context.get("request")
    if request is not None and sends_same_origin_referrer(request):
        return ""
    return format_html('<meta name="referrer" content="{}">', settings.SECURE_REFERRER_POLICY)
