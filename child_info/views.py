from django.shortcuts import render
from django.views.decorators.http import require_GET

from .bands import band_for, chosen_band
from .search import search_pages

MAX_RESULTS = 20


@require_GET
def search(request):
    """Search the information pages; results link to and summarise the chosen band."""
    query = request.GET.get("q", "").strip()[:100]
    band = band_for(request)
    results = list(search_pages(query)[:MAX_RESULTS]) if query else []
    return render(
        request,
        "child_info/search.html",
        {
            "query": query,
            "chosen": chosen_band(request),
            "band": band,
            "results": [(page, page.version(band)) for page in results],
        },
    )
