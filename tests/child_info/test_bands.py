"""The reader's age band: chosen in the URL, kept by links, no cookie."""

import pytest

from child_info.bands import with_band
from tests.factories import ChildInfoPageFactory, SituationFactory, english_home, glossary_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def topic(index_page):
    """A topic listed on the home page under its situation."""
    return ChildInfoPageFactory(
        parent=index_page,
        slug="orosanmalan",
        situations=[SituationFactory(title="Det är jobbigt hemma")],
    )


def test_without_a_choice_the_chooser_and_the_default_version_are_shown(client, topic):
    html = client.get(topic.url).content.decode()
    assert "Hur gammal är du?" in html
    assert "Välj din ålder" in html
    assert topic.summary_9_12 in html
    assert topic.summary_5_8 not in html
    assert topic.summary_13_18 not in html


@pytest.mark.parametrize("band", ["5-8", "9-12", "13-18"])
def test_the_chosen_version_is_shown_with_links_to_the_others(client, topic, band):
    html = client.get(f"{topic.url}?alder={band}").content.decode()
    suffix = band.replace("-", "_")
    assert getattr(topic, f"summary_{suffix}") in html
    others = {"5-8", "9-12", "13-18"} - {band}
    for other in others:
        assert getattr(topic, f"summary_{other.replace('-', '_')}") not in html
        assert f'href="{topic.url}?alder={other}"' in html
    assert f'href="{topic.url}?alder={band}" aria-current="true"' in html
    assert "Välj din ålder" not in html


def test_an_unknown_band_falls_back_to_the_default(client, topic):
    html = client.get(f"{topic.url}?alder=99").content.decode()
    assert topic.summary_9_12 in html
    assert "Välj din ålder" in html


def test_internal_links_in_the_text_keep_the_band(client, make_topic, topic):
    link = f'<p>Läs om <a linktype="page" id="{topic.pk}">anmälan</a> och <a href="https://example.org/">här</a>.</p>'
    page = make_topic("lankar", body_5_8=link)
    html = client.get(f"{page.url}?alder=5-8").content.decode()
    assert f'href="{topic.url}?alder=5-8"' in html
    assert 'href="https://example.org/"' in html


def test_home_page_entry_points_keep_the_band(client, topic):
    ChildInfoPageFactory(situations=[SituationFactory(title="Mina rättigheter")])
    html = client.get("/?alder=13-18").content.decode()
    assert "Det är jobbigt hemma" in html
    assert "Mina rättigheter" in html
    assert f'href="{topic.url}?alder=13-18"' in html
    assert 'href="/?alder=13-18" aria-current="true"' in html


def test_situations_list_only_live_pages(client, topic):
    assert topic.url in client.get("/").content.decode()
    topic.unpublish()
    html = client.get("/").content.decode()
    assert topic.url not in html


READER_URLS = {
    "home": lambda topic: "/",
    "index": lambda topic: topic.get_parent().url,
    "topic": lambda topic: f"{topic.url}?alder=5-8",
    "glossary": lambda topic: glossary_page().url,
    "search": lambda topic: "/sok/?q=soc",
}


@pytest.mark.parametrize("page", READER_URLS)
def test_anonymous_readers_get_no_cookie(client, topic, page):
    response = client.get(READER_URLS[page](topic))
    assert response.status_code == 200
    assert not response.cookies
    assert "Set-Cookie" not in response.headers


def test_with_band_replaces_an_earlier_choice_and_keeps_the_rest():
    assert with_band("/sok/?q=soc&alder=5-8#x", "13-18") == "/sok/?q=soc&alder=13-18#x"
    assert with_band("/a/", "9-12") == "/a/?alder=9-12"
    assert with_band("/a/", None) == "/a/"


def test_the_english_home_page_lists_no_swedish_topics(client, topic):
    assert topic.url in client.get("/").content.decode()
    assert english_home().url == "/en/"
    response = client.get("/en/")
    assert response.status_code == 200
    assert topic.url not in response.content.decode()
