"""Fixtures of the browser tests: the served portal, one Chromium per session, a context per test.

Chromium is Debian's (/usr/bin/chromium, installed by .ci/chromium.sh); Playwright's own
browser download is never used. axe-core comes from tests/browser/package-lock.json
(``npm ci --prefix tests/browser``). ``make test`` installs both; without them every browser
test fails and says how to install them.
"""

import os
import re
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from .helpers import AXE_JS, PHONE
from .server import ServedPortal

CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
# Without the background-networking switches Chromium hangs on a closed network.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


@pytest.fixture(scope="session")
def browser_prerequisites():
    missing = []
    if not os.access(CHROMIUM, os.X_OK):
        missing.append(
            f"Chromium is missing ({CHROMIUM}). Install it with `make test` (runs "
            ".ci/chromium.sh) or: sudo apt-get install -y chromium"
        )
    if not AXE_JS.is_file():
        missing.append(
            f"axe-core is missing ({AXE_JS}). Install it with `make test` or: "
            "npm ci --prefix tests/browser"
        )
    if missing:
        pytest.fail("\n".join(missing), pytrace=False)


@pytest.fixture(scope="session")
def portal(browser_prerequisites):
    """The portal served by gunicorn on 127.0.0.1 from a database of its own."""
    served = ServedPortal()
    try:
        yield served.start()
    finally:
        served.stop()


@pytest.fixture(scope="session")
def chromium(browser_prerequisites):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class Guard:
    """Lets the browser reach the served portal only; anything else is aborted and recorded.

    ``fulfil`` maps an outside URL to a stand-in page (the quick exit's neutral site).
    """

    def __init__(self, origin):
        self.origin = origin
        self.blocked = []
        self.fulfil = {}
        self.fulfilled = []  # the requests answered with a stand-in page

    def __call__(self, route):
        url = route.request.url
        if url == self.origin or url.startswith(self.origin + "/"):
            route.continue_()
        elif url in self.fulfil:
            self.fulfilled.append(route.request)
            route.fulfill(
                status=200, content_type="text/html; charset=utf-8", body=self.fulfil[url]
            )
        else:
            self.blocked.append(url)
            route.abort()


@pytest.fixture
def new_context(chromium, portal):
    """Make browser contexts on the served portal (phone size, Swedish); closed after the test."""
    contexts = []

    def make(**options):
        options = {"viewport": PHONE, "locale": "sv-SE", "base_url": portal.url, **options}
        context = chromium.new_context(**options)
        context.set_default_timeout(10_000)
        context.guard = Guard(portal.url)
        context.route("**/*", context.guard)
        contexts.append(context)
        return context

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_context):
    return new_context().new_page()


def fetch(url):
    with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - our own server
        return response.read()


@pytest.fixture(scope="session")
def public_paths(portal):
    """Every live public page in the served site's sitemap.xml, as paths, the translations
    they link to (the language switcher's hreflang links, e.g. /en/) and a search."""
    tree = ET.fromstring(fetch(f"{portal.url}/sitemap.xml"))  # noqa: S314 - our own sitemap
    paths = [portal.path(loc.text.strip()) for loc in tree.findall("s:url/s:loc", SITEMAP_NS)]
    assert paths, "the sitemap lists no pages"
    for path in list(paths):
        html = fetch(portal.url + path).decode()
        for tag in re.findall(r"<a\b[^>]*\bhreflang=[^>]*>", html):
            href = re.search(r'href="([^"]+)"', tag)
            if href and href.group(1).startswith("/") and href.group(1) not in paths:
                paths.append(href.group(1))
    return [*paths, "/sok/?q=utredning"]


@pytest.fixture(scope="session")
def feedback_path(public_paths):
    """The demo feedback page (Tyck till), found in the sitemap."""
    matches = [p for p in public_paths if re.fullmatch(r"/tyck-till/", p)]
    assert matches, f"no /tyck-till/ in the sitemap: {public_paths}"
    return matches[0]
