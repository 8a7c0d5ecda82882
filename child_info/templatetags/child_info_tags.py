from django import template
from django.db.models import Prefetch
from django.utils.translation import get_language
from wagtail.models import Page

from child_info.bands import PARAM, band_for, chosen_band, with_band
from child_info.glossary import TermExplainer
from child_info.models import ChildInfoIndexPage, ChildInfoPage, GlossaryPage, Situation
from home.age_bands import AgeBand
from home.phone_links import link_phone_numbers
from portal.pagecache.privacy import public_q

register = template.Library()


@register.filter
def band_url(url, band):
    """``{{ url|band_url:band }}``: the URL keeping the reader's age band."""
    return with_band(url, band)


@register.simple_tag(takes_context=True)
def page_band_url(context, page):
    """``{% page_band_url page %}``: a page's URL with the band chosen in this request."""
    request = context.get("request")
    return with_band(page.get_url(request) or "", chosen_band(request))


@register.simple_tag(takes_context=True)
def child_block(context, block):
    """Render a StreamField block with glossary explanations, band-keeping links and
    tap-to-call phone numbers."""
    explainer = context.get("term_explainer")
    if explainer is None:
        explainer = context["term_explainer"] = TermExplainer([], band_for(context["request"]))
    return link_phone_numbers(explainer.process(block.render(context=context.flatten())))


@register.inclusion_tag("child_info/includes/age_chooser.html", takes_context=True)
def age_chooser(context):
    """'Hur gammal är du?': links to the current page for each band (other query kept)."""
    request = context["request"]
    chosen = chosen_band(request)
    path = request.get_full_path()
    return {
        "chosen": chosen,
        "choices": [
            {"label": band.label, "url": with_band(path, band), "current": band == chosen}
            for band in AgeBand
        ],
    }


@register.inclusion_tag("child_info/includes/search_form.html", takes_context=True)
def child_search_form(context):
    request = context["request"]
    return {"band": chosen_band(request), "param": PARAM, "query": context.get("query", "")}


@register.inclusion_tag("child_info/includes/situations.html", takes_context=True)
def situation_entries(context):
    """The entry points by situation, each with its picture (read with it) and its live public
    topics (two queries; the pictures' renditions come from the renditions cache)."""
    request = context["request"]
    pages = (
        ChildInfoPage.objects.live()
        .filter(public_q())
        .filter(locale__language_code=get_language())
        .order_by("path")
    )
    situations = Situation.objects.select_related("image").prefetch_related(
        Prefetch("pages", queryset=pages, to_attr="topics")
    )
    more = (
        Page.objects.live()
        .filter(public_q())
        .type(ChildInfoIndexPage, GlossaryPage)
        .filter(locale__language_code=get_language())
        .order_by("path")
    )
    return {
        "situations": [situation for situation in situations if situation.topics],
        "more": more,
        "band": chosen_band(request),
        "request": request,
    }
