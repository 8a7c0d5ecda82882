"""The public frame every page shares: language, skip link, quick exit, help box, settings."""

import re
from pathlib import Path

from django.conf import settings
from django.test import Client

from tests.factories import ChildInfoPageFactory, english_home, home_page


def get_home(client):
    response = client.get("/")
    assert response.status_code == 200
    return response.content.decode()


def test_home_page_renders_in_swedish(db, client):
    html = get_home(client)
    assert '<html lang="sv">' in html
    assert 'href="#main"' in html and 'id="main"' in html
    assert f"<h1>{home_page().title}</h1>" in html


def test_site_settings_appear_in_the_frame(site_settings, client):
    site_settings.municipality_name = "Testvik"
    site_settings.phone = "0111-22 33 44"
    site_settings.socialjour_phone = "0111-99 99 99"
    site_settings.email = "soc@testvik.se"
    site_settings.quick_exit_url = "https://www.example.org/vader"
    site_settings.save()

    html = get_home(client)
    assert "Testvik" in html
    assert "0111-22 33 44" in html
    assert 'href="tel:0111999999"' in html
    assert "mailto:soc@testvik.se" in html
    assert 'data-quick-exit="https://www.example.org/vader"' in html


def test_help_box_is_on_every_page(db, client):
    for url in ("/", english_home().url, ChildInfoPageFactory().url):
        html = client.get(url).content.decode()
        assert 'id="hjalp-nu"' in html
        assert 'href="tel:112"' in html
        assert 'href="tel:116111"' in html


def test_quick_exit_markup_and_script(db, client):
    html = get_home(client)
    assert re.search(
        r'<a class="quick-exit__button" href="https://[^"]+" [^>]*data-quick-exit', html
    )
    assert "Lämna sidan snabbt" in html
    assert '<script src="/static/js/quick-exit.js" defer></script>' in html
    script = (Path(settings.BASE_DIR) / "static/js/quick-exit.js").read_text()
    assert "location.replace" in script
    assert '"Shift"' in script
    # No inline script anywhere in the page: the CSP forbids it.
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html)


def test_no_third_party_resources(db, client):
    html = get_home(client)
    for attribute in re.findall(r"<(?:script|link|img|iframe|source)\b[^>]*>", html):
        for url in re.findall(r'(?:src|href|srcset)="([^"]+)"', attribute):
            assert url.startswith("/"), f"third-party resource: {url}"


def test_english_locale_and_language_switcher(db, client):
    translation = english_home()
    html = get_home(client)
    assert re.search(rf'<a [^>]*href="{re.escape(translation.url)}"[^>]*hreflang="en"', html)
    english = client.get(translation.url)
    assert english.status_code == 200
    assert '<html lang="en">' in english.content.decode()


def test_anonymous_reader_gets_no_cookie(db):
    response = Client().get("/")
    assert response.cookies == {}


def test_footer_says_how_to_leave_no_trace(db, client):
    # The quick exit keeps the portal out of Back only for the page it leaves.
    assert "Använd privat läge (inkognito)" in get_home(client)
