"""Search finds Swedish words in inflected forms and keeps the reader's band."""

import pytest
from wagtail.models import PageViewRestriction

from child_info.models import SearchSynonym
from child_info.search.query import search_pages, specific_results
from child_info.search.stemmer import swedish_stem
from tests.factories import ChildInfoPageFactory
from tests.factories.child_info import paragraph

pytestmark = pytest.mark.django_db
TOP = 3


def found(query):
    """The first three pages a search finds, as their own types."""
    return specific_results(search_pages(query)[:TOP])


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("utredningarna", "utredning"),
        ("utredningen", "utredning"),
        ("utredning", "utredning"),
        ("placeringen", "placering"),
        ("familjehemmet", "familjehem"),
        ("socialsekreterarna", "socialsekreter"),
        ("barnen", "barn"),
    ],
)
def test_swedish_stemmer(word, stem):
    assert swedish_stem(word) == stem


def test_an_inflected_form_finds_the_base_form(client, make_topic):
    page = make_topic("sagor", body_13_18="<p>Här står det om en sagoträdgård.</p>")
    html = client.get("/sok/", {"q": "sagoträdgårdarna", "alder": "5-8"}).content.decode()
    assert f'href="{page.url}?alder=5-8"' in html
    assert page.summary_5_8 in html
    assert page.summary_13_18 not in html
    assert 'name="alder" value="5-8"' in html


def test_an_inflected_word_finds_a_page_and_links_it_without_a_band(client):
    page = ChildInfoPageFactory(body_9_12=paragraph("Här står det om en sagoborg."))
    html = client.get("/sok/", {"q": "sagoborgarna"}).content.decode()
    assert f'href="{page.url}"' in html


def test_unpublished_and_private_pages_are_not_found(client, make_topic):
    hidden = make_topic("dold", body_9_12="<p>Ett hemligt trollord.</p>")
    private = make_topic("privat", body_9_12="<p>Ett hemligt trollord.</p>")
    shown = make_topic("synlig", body_9_12="<p>Ett hemligt trollord.</p>")
    hidden.unpublish()
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    html = client.get("/sok/", {"q": "trollorden"}).content.decode()
    assert shown.url in html
    assert hidden.url not in html
    assert private.url not in html


def test_empty_and_unmatched_queries_answer_calmly(client):
    assert client.get("/sok/").status_code == 200
    html = client.get("/sok/", {"q": "xyzzyq"}).content.decode()
    assert "0 sidor hittades" in html
    assert "Försök med ett annat ord" in html


def test_an_editor_adds_a_synonym_and_search_uses_it(client, editor_client):
    page = ChildInfoPageFactory(body_9_12=paragraph("Efter mötet blir det fika."))
    assert page not in found("glasstårta")
    response = editor_client.post(
        "/admin/snippets/child_info/searchsynonym/add/",
        {"words": "  Glasstårta ", "means": "fika"},
    )
    assert response.status_code == 302
    assert SearchSynonym.objects.get(words="glasstårta").means == "fika"
    assert page in found("GLASSTÅRTA")
    html = client.get("/sok/", {"q": "glasstårta"}).content.decode()
    assert f'href="{page.url}"' in html
