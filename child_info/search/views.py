"""The search page ``/sok/?q=…&alder=…``."""

from django.shortcuts import render
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.views.decorators.http import require_GET

from child_info.bands import band_for, chosen_band

from .query import search_pages, specific_results

MAX_RESULTS = 20
SUMMARY_WORDS = 30


def summary(page, band) -> str:
    """A found page's summary: the band's version, else its description or introduction."""
    if hasattr(page, "version"):
        return page.version(band).summary
    text = page.search_description or strip_tags(getattr(page, "intro", ""))
    return Truncator(" ".join(text.split())).words(SUMMARY_WORDS)


@require_GET
def search(request):
    """Search the information pages; results link to and summarise the chosen band."""
    query = request.GET.get("q", "").strip()[:100]
    band = band_for(request)
    results = specific_results(search_pages(query)[:MAX_RESULTS]) if query else []
    return render(
        request,
        "child_info/search.html",
        {
            "query": query,
            "chosen": chosen_band(request),
            "band": band,
            "results": [(page, summary(page, band)) for page in results],
        },
    )
