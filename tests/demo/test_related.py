"""'Läs också' in the demo: every demo topic links to the topics chosen for it."""

import pytest

from child_info.demo.topics import RELATED
from child_info.models import ChildInfoPage
from home.age_bands import AgeBand
from tests.child_info.test_related import SECTION, related_links

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("band", [None, *AgeBand])
def test_every_demo_page_links_to_its_chosen_topics_keeping_the_band(client, band):
    pages = {page.slug: page for page in ChildInfoPage.objects.live()}
    assert set(RELATED) == {slug for slug in pages if slug in RELATED} and len(RELATED) == 10
    for slug, chosen in RELATED.items():
        query = {"alder": band.value} if band else {}
        html = client.get(pages[slug].url, query).content.decode()
        expected = [
            (pages[other].url + (f"?alder={band.value}" if band else ""), pages[other].title)
            for other in chosen
        ]
        assert related_links(html) == expected, slug
        version = pages[chosen[0]].version(band or AgeBand.MIDDLE)
        assert version.summary in SECTION.search(html).group(0)
