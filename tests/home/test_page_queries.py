"""SQL queries per public page: at most 10 on a page-cache miss, the same with 10x content."""

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from child_info.models import ChildInfoIndexPage, ChildInfoPage, GlossaryTerm, Situation
from home.age_bands import AgeBand
from portal.pagecache.generation import invalidate
from portal.pagecache.middleware import HIT_HEADER
from portal.pagecache.privacy import restricted_paths

MAX_QUERIES = 10
URLS = [
    "/",
    "/om-soc/",
    *(f"/om-soc/orosanmalan/?alder={band.value}" for band in AgeBand),
    "/om-soc/orosanmalan/",
    "/ordlista/",
    "/en/",
    "/ni-sa-vi-gjorde/",
    "/ni-sa-vi-gjorde/?tema=om-delaktighet",
]
BODY = (
    "<p>Socialsekreteraren gör en utredning. Ibland bor ett barn i ett familjehem. "
    '<a href="/om-soc/sekretess/">Läs om sekretess</a>.</p>'
)


def queries_per_page():
    """Queries of an uncached render of each URL (the page cache misses, as after a publish)."""
    client = Client()
    counts = {}
    for url in URLS:
        client.get(url)  # image renditions and the like are made once
        invalidate()
        restricted_paths()  # read once per cache generation, shared by every page
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200, url
        assert response[HIT_HEADER] == "miss", url
        counts[url] = len(queries)
    return counts


def add_content(factor):
    """About ``factor`` times the demo's topics, situations, glossary terms and improvements."""
    from feedback.models import Improvement, Theme

    themes = list(Theme.objects.all())
    for n in range(Improvement.objects.count() * (factor - 1)):
        extra = Improvement.objects.create(title=f"Extra förbättring {n}", show_to_children=True)
        extra.themes.add(themes[n % len(themes)])
    index = ChildInfoIndexPage.objects.get(slug="om-soc")
    topics = ChildInfoPage.objects.count()
    situations = Situation.objects.count()
    terms = GlossaryTerm.objects.count()
    GlossaryTerm.objects.bulk_create(
        GlossaryTerm(term=f"extraord{n}", forms=f"extraorden{n}", explanation=f"Förklaring {n}.")
        for n in range(terms * (factor - 1))
    )
    new_situations = Situation.objects.bulk_create(
        Situation(title=f"Extra situation {n}", sort_order=100 + n)
        for n in range(situations * (factor - 1))
    )
    for n in range(topics * (factor - 1)):
        page = ChildInfoPage(
            title=f"Extra ämne {n}",
            slug=f"extra-amne-{n}",
            summary_5_8="Kort.",
            summary_9_12="Mellan.",
            summary_13_18="Lång.",
            body_5_8=[{"type": "paragraph", "value": BODY}],
            body_9_12=[{"type": "paragraph", "value": BODY}],
            body_13_18=[{"type": "paragraph", "value": BODY}],
        )
        index.add_child(instance=page)
        page.situations.set([new_situations[n % len(new_situations)], *Situation.objects.all()[:2]])
        page.save_revision().publish()


def test_queries_per_public_page_are_few_and_do_not_grow_with_content(demo_content):
    before = queries_per_page()
    for url, count in before.items():
        assert count <= MAX_QUERIES, (url, count)
    add_content(10)
    assert ChildInfoPage.objects.live().count() >= 100
    after = queries_per_page()
    assert after == before
    # The bigger tree really is on the pages that list it.
    html = Client().get("/").content.decode()
    assert "Extra situation 53" in html
    assert "Extra ämne 89" in Client().get("/om-soc/").content.decode()
    assert "extraord152" in Client().get("/ordlista/").content.decode()
    assert "Extra förbättring 98" in Client().get("/ni-sa-vi-gjorde/").content.decode()
