"""Help in one tap in the demo: every phone number on every public page is a working tel:
link, and 'Hjälp direkt' gives the numbers and a word for a child afraid to go home.

The crawl reads the sitemap, the pages it lists in every age band, a search, the feedback
form with errors and every kind of thank-you page, all through the Django test client.
"""

import pytest

from feedback.models import FeedbackPage
from tests.feedback.conftest import started_token
from tests.feedback.phone_audit import audit_pages, in_every_band, sitemap_paths, thank_you_variants


@pytest.fixture
def post_feedback(client):
    """Post the demo's feedback form (/tyck-till/) as a child would, after a minute on it."""
    page = FeedbackPage.objects.get(slug="tyck-till")

    def post(data):
        return client.post(f"/svara/{page.pk}/", {"started": started_token(), **data})

    return post


def public_pages(client):
    paths = sitemap_paths(client)
    assert len(paths) > 10
    return [*in_every_band(paths), "/sok/?q=hj%C3%A4lp", "/sok/?q=socialjouren", "/en/"]


def test_every_phone_number_on_every_public_page_is_a_working_tel_link(client, post_feedback):
    pages = [(path, client.get(path)) for path in public_pages(client)]
    pages += list(thank_you_variants(client, post_feedback))
    failures, tel_links = audit_pages(pages)
    assert not failures, "\n".join(failures)
    assert tel_links >= 4 * len(pages)  # 112, 116 111, socialjour and the office, everywhere


def test_hjalp_direkt_has_the_numbers_bris_chat_and_a_word_for_a_child_afraid_to_go_home(client):
    wording = {"5-8": "rädd att gå hem", "9-12": "rädd att gå hem", "13-18": "vågar gå hem"}
    for band, words in wording.items():
        html = client.get(f"/om-soc/hjalp-direkt/?alder={band}").content.decode()
        article = html[html.index('<article class="child-info"') : html.index("</article>")]
        assert 'href="tel:112"' in article, band
        assert 'href="tel:116111"' in article, band
        assert 'href="tel:0123456700"' in article, band  # the demo socialjour number
        assert words in article, band
        assert "längst ner" not in article, band
        if band != "5-8":
            assert 'href="https://www.bris.se/"' in article, band
