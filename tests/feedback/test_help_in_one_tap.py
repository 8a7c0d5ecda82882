"""Help in one tap: every phone number on every public page is a working tel: link.

The crawl reads the sitemap, the pages it lists in every age band, a search, the feedback
form with errors and every kind of thank-you page, all through the Django test client.
"""

import re
import urllib.parse
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import pytest

from home.phone_links import link_phone_numbers, tel_href

pytestmark = pytest.mark.django_db

SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
TEL_HREF = re.compile(r"tel:\+?\d{3,15}")
# Deliberately wider than the linker's pattern: any short service number, or any run of
# digits (grouped by spaces, dashes, dots or slashes) with seven or more digits.
PHONE_LIKE = re.compile(r"(?<!\d)(?:112|1177|114 ?14|116 ?\d{3}|\+?\d(?:[\s./-]?\d){6,})(?!\d)")
INVISIBLE = {"script", "style", "head", "title", "template", "noscript"}
VOID = {"br", "img", "input", "meta", "link", "hr", "source", "wbr", "area", "col", "embed"}


class PhoneAudit(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []
        self.tel_hrefs = []
        self.unlinked = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        href = attrs.get("href") or ""
        if tag == "a" and href.lower().startswith("tel:"):
            self.tel_hrefs.append(href)
        if tag not in VOID:
            self.stack.append((tag, href.lower().startswith("tel:") if tag == "a" else False))

    def handle_endtag(self, tag):
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                return

    def handle_data(self, data):
        if any(tag in INVISIBLE for tag, _ in self.stack):
            return
        if any(is_tel for _, is_tel in self.stack):
            return
        self.unlinked += [m.group(0) for m in PHONE_LIKE.finditer(data)]


def audit(html):
    parser = PhoneAudit()
    parser.feed(html)
    return parser


def public_pages(client):
    tree = ET.fromstring(client.get("/sitemap.xml").content)  # noqa: S314 - our own sitemap
    paths = [
        urllib.parse.urlsplit(loc.text).path for loc in tree.findall("s:url/s:loc", SITEMAP_NS)
    ]
    assert len(paths) > 10
    for path in list(paths):
        for band in ("5-8", "9-12", "13-18"):
            paths.append(f"{path}?alder={band}")
    return [*paths, "/sok/?q=hj%C3%A4lp", "/sok/?q=socialjouren", "/en/"]


def thank_you_variants(client, post_feedback):
    texts = {
        "plain": {"good_text": "Det var bra att få rita."},
        "danger": {"better_text": "Jag är rädd att gå hem, pappa slår mig."},
        "redacted": {"better_text": "Ring mig på 070-123 45 67."},
        "both": {"better_text": "Pappa slår mig. Mejla kalle.anka@example.se."},
    }
    for name, data in texts.items():
        response = post_feedback(data)
        assert response.status_code == 302, name
        yield f"thanks ({name})", client.get(response["Location"])
    yield "form with errors", post_feedback({"good_text": "x" * 3000})


def test_every_phone_number_on_every_public_page_is_a_working_tel_link(client, post_feedback):
    pages = [(path, client.get(path)) for path in public_pages(client)]
    pages += list(thank_you_variants(client, post_feedback))
    failures = []
    tel_links = 0
    for where, response in pages:
        assert response.status_code == 200, where
        found = audit(response.content.decode())
        tel_links += len(found.tel_hrefs)
        bad = [href for href in found.tel_hrefs if not TEL_HREF.fullmatch(href)]
        if bad:
            failures.append(f"{where}: tel: links without digits: {bad}")
        if found.unlinked:
            failures.append(f"{where}: phone numbers that cannot be tapped: {found.unlinked}")
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


def test_the_help_box_links_bris_chat_and_the_socialjour_number(client):
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
