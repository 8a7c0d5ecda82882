"""Page types, the demo tree in three bands, and a small constant number of queries."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.html import escape
from wagtail.test.utils import WagtailPageTestCase

from child_info import demo
from child_info.demo.topics import TOPICS
from child_info.models import (
    ChildInfoIndexPage,
    ChildInfoPage,
    GlossaryPage,
    GlossaryTerm,
    Situation,
)
from home.age_bands import AgeBand
from home.models import HomePage
from home.phone_links import link_phone_numbers

MAX_QUERIES = 20


class ChildInfoPageTypeTests(WagtailPageTestCase):
    def test_index_sits_under_the_home_page(self):
        self.assertAllowedParentPageTypes(ChildInfoIndexPage, {HomePage})
        self.assertCanCreateAt(HomePage, ChildInfoIndexPage)

    def test_information_pages_live_in_an_index_and_have_no_children(self):
        self.assertAllowedParentPageTypes(ChildInfoPage, {ChildInfoIndexPage})
        self.assertAllowedSubpageTypes(ChildInfoPage, set())
        self.assertCanCreateAt(ChildInfoIndexPage, ChildInfoPage)
        self.assertCanNotCreateAt(HomePage, ChildInfoPage)

    def test_glossary_page(self):
        self.assertAllowedParentPageTypes(GlossaryPage, {HomePage, ChildInfoIndexPage})
        self.assertAllowedSubpageTypes(GlossaryPage, set())
        self.assertAllowedSubpageTypes(ChildInfoIndexPage, {ChildInfoPage, GlossaryPage})

    def test_index_and_glossary_render(self):
        self.assertPageIsRenderable(ChildInfoIndexPage.objects.get(slug="om-soc"))
        self.assertPageIsRenderable(GlossaryPage.objects.get(slug="ordlista"))


@pytest.mark.django_db
@pytest.mark.parametrize("band", [b.value for b in AgeBand])
@pytest.mark.parametrize("slug", [t["slug"] for t in TOPICS])
def test_every_demo_topic_renders_in_every_band(client, slug, band):
    page = ChildInfoPage.objects.get(slug=slug)
    response = client.get(f"{page.url}?alder={band}")
    assert response.status_code == 200
    html = response.content.decode()
    summary = getattr(page, f"summary_{band.replace('-', '_')}")
    assert link_phone_numbers(escape(summary)) in html  # "ring 112" is tap-to-call
    assert 'class="listen-button"' in html
    if band == "5-8":
        assert "<picture>" in html and 'alt="' in html


@pytest.mark.django_db
def test_the_demo_tree_has_every_topic_and_situation():
    index = ChildInfoIndexPage.objects.get(slug="om-soc")
    slugs = set(ChildInfoPage.objects.child_of(index).live().values_list("slug", flat=True))
    assert {t["slug"] for t in TOPICS} <= slugs
    assert Situation.objects.count() >= 6
    for term in ["orosanmälan", "utredning", "insats", "placering", "familjehem", "HVB", "LVU"]:
        assert GlossaryTerm.objects.filter(term=term).exists()
    for term in ["SoL", "vårdnadshavare", "sekretess", "IVO"]:
        assert GlossaryTerm.objects.filter(term=term).exists()


@pytest.mark.django_db
def test_demo_loader_is_idempotent():
    counts = (
        ChildInfoPage.objects.count(),
        GlossaryTerm.objects.count(),
        Situation.objects.count(),
    )
    demo.load()
    assert counts == (
        ChildInfoPage.objects.count(),
        GlossaryTerm.objects.count(),
        Situation.objects.count(),
    )


@pytest.mark.django_db
def test_queries_per_page_are_few_and_do_not_grow_with_content(client, make_topic, settings):
    settings.PAGE_CACHE_SECONDS = 0  # count the render, not the page cache
    urls = [
        "/",
        "/om-soc/",
        "/ordlista/",
        "/om-soc/orosanmalan/?alder=5-8",
        "/om-soc/orosanmalan/?alder=13-18",
        "/sok/?q=soc",
    ]
    before = {}
    for url in urls:
        client.get(url)  # warm up (image renditions are made once)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        assert len(queries) <= MAX_QUERIES, url
        before[url] = len(queries)
    for n in range(5):
        page = make_topic(f"extra-{n}", body_9_12="<p>Ett familjehem och en utredning.</p>")
        page.situations.set(Situation.objects.all())
        page.save_revision().publish()
    for url in urls:
        with CaptureQueriesContext(connection) as queries:
            client.get(url)
        assert len(queries) == before[url], url
