"""Help in one tap, as a crawl checks it: every phone number on a page is a working tel: link.

Used by tests/feedback/test_help_in_one_tap.py (pages built with factories) and
tests/demo/test_feedback_help_in_one_tap.py (every public page of the demo).
"""

import re
import urllib.parse
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
TEL_HREF = re.compile(r"tel:\+?\d{3,15}")
# Deliberately wider than the linker's pattern: any short service number, or any run of
# digits (grouped by spaces, dashes, dots or slashes) with seven or more digits.
PHONE_LIKE = re.compile(r"(?<!\d)(?:112|1177|114 ?14|116 ?\d{3}|\+?\d(?:[\s./-]?\d){6,})(?!\d)")
INVISIBLE = {"script", "style", "head", "title", "template", "noscript"}
VOID = {"br", "img", "input", "meta", "link", "hr", "source", "wbr", "area", "col", "embed"}
AGE_BANDS = ("5-8", "9-12", "13-18")


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


def sitemap_paths(client):
    """The paths the sitemap lists."""
    tree = ET.fromstring(client.get("/sitemap.xml").content)  # noqa: S314 - our own sitemap
    return [urllib.parse.urlsplit(loc.text).path for loc in tree.findall("s:url/s:loc", SITEMAP_NS)]


def in_every_band(paths):
    """The paths, then each of them in every age band (?alder=)."""
    return [*paths, *(f"{path}?alder={band}" for path in paths for band in AGE_BANDS)]


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


def audit_pages(pages):
    """(failures, how many tel: links) over ``[(where, response), ...]``."""
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
    return failures, tel_links
