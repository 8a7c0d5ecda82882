"""Help in one tap: every phone number on every public page is a working tel: link.

The crawl reads the sitemap of pages built here, each in every age band, a search, the
feedback form with errors and every kind of thank-you page, all through the Django test
client. The same crawl over every page of the demo, and the demo's 'Hjälp direkt', are in
tests/demo/test_feedback_help_in_one_tap.py.
"""

import pytest

from home.phone_links import link_phone_numbers, tel_href
from tests.factories import ChildInfoPageFactory, english_home
from tests.factories.child_info import paragraph

from .phone_audit import audit_pages, in_every_band, sitemap_paths, thank_you_variants

pytestmark = pytest.mark.django_db


@pytest.fixture
def contact_numbers(site_settings):
    """The office's and the socialjour's numbers in the site settings (as in the demo)."""
    site_settings.phone = "0123-45 67 89"
    site_settings.socialjour_phone = "0123-45 67 00"
    site_settings.save()
    return site_settings


def test_every_phone_number_on_every_public_page_is_a_working_tel_link(
    client, post_feedback, feedback_page, contact_numbers
):
    topic = ChildInfoPageFactory(
        title="Hjälp direkt",
        body_5_8=paragraph("Ring 112 om det är fara. BRIS har numret 116 111."),
        body_9_12=paragraph("Socialjouren svarar på kvällen: 0123-45 67 00."),
        body_13_18=paragraph("Ring växeln på 0123-45 67 89, eller +46 8 123 456 78."),
    )
    english_home()
    paths = sitemap_paths(client)
    assert {"/", feedback_page.url, topic.get_parent().url, topic.url} <= set(paths), paths
    pages = [
        (path, client.get(path))
        for path in [*in_every_band(paths), "/sok/?q=hj%C3%A4lp", "/sok/?q=socialjouren", "/en/"]
    ]
    pages += list(thank_you_variants(client, post_feedback))
    failures, tel_links = audit_pages(pages)
    assert not failures, "\n".join(failures)
    assert tel_links >= 4 * len(pages)  # 112, 116 111, socialjour and the office, everywhere


def test_the_danger_thanks_calls_the_socialjour_number(client, post_feedback, site_settings):
    site_settings.socialjour_phone = "0123-45 67 00"
    site_settings.save()
    response = post_feedback({"better_text": "Jag är rädd att gå hem."})
    html = client.get(response["Location"]).content.decode()
    danger_help = html[html.index('class="danger-help"') : html.index("Ditt svar är skickat")]
    assert 'href="tel:0123456700">0123-45 67 00</a>' in danger_help
    assert 'href="https://www.bris.se/"' in danger_help
    assert 'href="tel:">' not in html


def test_the_help_box_links_bris_chat_and_the_socialjour_number(client, contact_numbers):
    html = client.get("/").content.decode()
    box = html[html.index('id="hjalp-nu"') :]
    box = box[: box.index("</section>")]
    assert 'href="https://www.bris.se/"' in box
    assert 'href="tel:0123456700"' in box
    assert "rädd att gå hem" in box


def test_tel_href_is_digits_only():
    assert tel_href("0123-45 67 00") == "tel:0123456700"
    assert tel_href("+46 8 123 456 78") == "tel:+46812345678"
    assert tel_href("116 111") == "tel:116111"
    assert tel_href("") == "" and tel_href(None) == ""


def test_numbers_in_text_are_linked_but_not_years_links_or_attributes():
    html = (
        '<p>Ring 112 eller 116 111. År 2024 var 2000 svar. <a href="/x">Ring 112</a></p>'
        '<p title="070-123 45 67">Socialjouren: 0123-45 67 00.</p>'
    )
    linked = link_phone_numbers(html)
    assert '<a href="tel:112">112</a> eller <a href="tel:116111">116 111</a>' in linked
    assert "År 2024 var 2000 svar." in linked
    assert '<a href="/x">Ring 112</a>' in linked
    assert 'title="070-123 45 67"' in linked
    assert '<a href="tel:0123456700">0123-45 67 00</a>' in linked
