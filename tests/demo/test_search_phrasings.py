"""Search in children's own words: each phrasing finds the page that answers it in the top three.

The phrasings are written for this project, the way children of 6–16 ask; the synonyms that
bridge them to the pages' words are the demo's staff-editable list (SearchSynonym).
"""

import pytest

from child_info.search.query import MAX_EXPANDED_WORDS, query_words, search_pages, specific_results
from feedback.models import WhatHappenedPage

pytestmark = pytest.mark.django_db
TOP = 3

PHRASINGS = [
    ("måste jag prata med soc", "traffa-soc"),
    ("föräldrar inte vill att jag pratar med soc", "dina-rattigheter"),
    ("får soc prata med mig utan mamma", "traffa-soc"),
    ("soc-tant", "socialsekreterare"),
    ("vem är min soctant", "socialsekreterare"),
    ("byta socialsekreterare", "socialsekreterare"),
    ("jag vill klaga på soc", "dina-rattigheter"),
    ("ivo", "dina-rattigheter"),
    ("överklaga beslut", "dina-rattigheter"),
    ("jag är 15 år får jag bestämma själv", "dina-rattigheter"),
    ("bo i fosterhem", "bo-inte-hemma"),
    ("mina fosterföräldrar", "bo-inte-hemma"),
    ("varför får jag inte bo hemma", "bo-inte-hemma"),
    ("är det mitt fel att jag bor på hvb", "bo-inte-hemma"),
    ("träffa mina syskon", "bo-inte-hemma"),
    ("berättar soc för skolan", "sekretess"),
    ("är det hemligt det jag säger", "sekretess"),
    ("får mina kompisar veta", "sekretess"),
    ("pappa slår mig", "hjalp-direkt"),
    ("jag är rädd att gå hem", "hjalp-direkt"),
    ("mamma dricker", "hjalp-till-foraldrar"),
    ("min pappa är full hela tiden", "hjalp-till-foraldrar"),
    ("mamma mår dåligt", "hjalp-till-foraldrar"),
    ("hur ringer jag min soc", "kontakt"),
    ("kan jag sms:a soc", "kontakt"),
    ("ingen svarar när jag ringer", "kontakt"),
    ("läraren ringde soc", "orosanmalan"),
    ("någon har anmält oss", "orosanmalan"),
    ("vad händer efter en anmälan", "orosanmalan"),
    ("får jag ta med någon till mötet", "traffa-soc"),
    ("blir det fika", "traffa-soc"),
    ("vad är soc", "vad-ar-soc"),
    ("vad har ni ändrat", "ni-sa-vi-gjorde"),
    ("har något blivit bättre", "ni-sa-vi-gjorde"),
    ("vad hände med det vi sa", "ni-sa-vi-gjorde"),
]


def found_slugs(query):
    return [page.slug for page in specific_results(search_pages(query)[:TOP])]


def test_there_are_at_least_thirty_phrasings_each_with_its_own_words():
    assert len(PHRASINGS) >= 30
    assert len({query for query, _ in PHRASINGS}) == len(PHRASINGS)


@pytest.mark.parametrize(("query", "slug"), PHRASINGS)
def test_the_answer_is_in_the_first_three(query, slug):
    assert slug in found_slugs(query), (query, found_slugs(query))


@pytest.mark.parametrize(("query", "slug"), PHRASINGS[:3] + PHRASINGS[-3:])
def test_through_the_search_page_with_the_band_kept(client, query, slug):
    html = client.get("/sok/", {"q": query, "alder": "5-8"}).content.decode()
    results = html[html.index('class="search-results"') :]
    hrefs = [part.split('"', 1)[0] for part in results.split('<h3><a href="')[1:]]
    assert any(f"/{slug}/?alder=5-8" in href for href in hrefs[:TOP]), (query, hrefs)


def test_what_happened_is_found_with_its_introduction(client):
    page = WhatHappenedPage.objects.get()
    html = client.get("/sok/", {"q": "ni sa vi gjorde", "alder": "9-12"}).content.decode()
    assert f'href="{page.url}?alder=9-12"' in html
    assert "Här kan du se vad vi har gjort med det ni sa." in html


def test_little_words_alone_are_kept_and_expansion_is_bounded():
    assert query_words("vad är det", synonyms=[]) == ["vad", "är", "det"]
    assert query_words("jag vill klaga", synonyms=[("klaga", "anmäla IVO")]) == [
        "klaga",
        "anmäla",
        "ivo",
    ]
    many = [(f"ord{n}", f"a{n} b{n} c{n}") for n in range(10)]
    query = " ".join(f"ord{n}" for n in range(8))
    assert len(query_words(query, synonyms=many)) <= MAX_EXPANDED_WORDS
