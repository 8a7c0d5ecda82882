"""Page types and a small constant number of queries."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.test.utils import WagtailPageTestCase

from child_info.models import (
    ChildInfoIndexPage,
    ChildInfoPage,
    GlossaryPage,
    Situation,
)
from home.models import HomePage
from tests.factories import (
    ChildInfoPageFactory,
    GlossaryTermFactory,
    SituationFactory,
    child_info_index,
    glossary_page,
)

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
        self.assertPageIsRenderable(child_info_index())
        self.assertPageIsRenderable(glossary_page())


@pytest.mark.django_db
def test_queries_per_page_are_few_and_do_not_grow_with_content(client, make_topic, settings, image):
    settings.PAGE_CACHE_SECONDS = 0  # count the render, not the page cache
    for term in ("familjehem", "utredning"):
        GlossaryTermFactory(term=term)
    situations = [
        SituationFactory(image=image, image_alt="Ett hus."),
        SituationFactory(image=image, image_alt="Ett möte."),
    ]
    picture = {"type": "image", "value": {"image": image.pk, "alt_text": "Ett papper."}}
    words = "<p>Soc gör en utredning. Du kan bo i ett familjehem.</p>"
    text = {"type": "paragraph", "value": words}
    topic = ChildInfoPageFactory(
        situations=situations,
        body_5_8=[picture, text],
        body_9_12=[picture, text],
        body_13_18=[text],
    )
    urls = [
        "/",
        child_info_index().url,
        glossary_page().url,
        f"{topic.url}?alder=5-8",
        f"{topic.url}?alder=13-18",
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
