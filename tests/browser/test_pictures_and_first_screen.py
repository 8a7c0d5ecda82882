"""What a child who reads little finds: pictures on every version and on the home page's entry
points, 'Ni sa – vi gjorde' in the first phone screen, numbers and addresses that never break.

Rule for pictures: every picture a child sees on an information page or beside an entry point
has alt text of its own (none is decorative), has loaded once scrolled to (naturalWidth > 0),
carries width and height (no layout shift) and is lazy-loaded.
"""

import re

import pytest

from .helpers import BANDS, with_band

pytestmark = pytest.mark.browser

SMALL_PHONE = {"width": 375, "height": 667}
TOPIC = re.compile(r"/om-soc/[^/]+/")

IMAGES_JS = """() => Array.from(document.querySelectorAll('main img')).map(i => ({
    alt: i.getAttribute('alt'), loaded: i.complete && i.naturalWidth > 0,
    width: i.getAttribute('width'), height: i.getAttribute('height'), loading: i.loading,
}))"""


def loaded_images(page, selector="main img"):
    """Scroll each picture into view as a reader would, wait for it, then describe them all."""
    for image in page.locator(selector).all():
        image.scroll_into_view_if_needed()
    page.wait_for_function(
        "s => Array.from(document.querySelectorAll(s)).every(i => i.complete)", arg=selector
    )
    return page.evaluate(IMAGES_JS)


def problems(images):
    found = []
    for image in images:
        if not (image["alt"] or "").strip():
            found.append(("no alt text", image))
        if not image["loaded"]:
            found.append(("not loaded", image))
        if not (image["width"] and image["height"]):
            found.append(("no width/height", image))
        if image["loading"] != "lazy":
            found.append(("not lazy", image))
    return found


def test_every_information_page_version_has_a_picture_with_alt_text(page, public_paths):
    topics = [path for path in public_paths if TOPIC.fullmatch(path)]
    assert len(topics) >= 10, topics
    failures = {}
    for path in topics:
        for band in BANDS:
            url = with_band(path, band)
            page.goto(url)
            images = loaded_images(page)
            bad = problems(images)
            if not images or bad:
                failures[url] = bad or "no picture"
    assert not failures, failures


def test_alt_text_is_written_for_each_band(page):
    alts = set()
    for band in BANDS:
        page.goto(with_band("/om-soc/orosanmalan/", band))
        alts.add(page.locator("main figure img").first.get_attribute("alt"))
    assert len(alts) == 3, alts


@pytest.mark.parametrize("band", BANDS)
def test_home_page_entry_points_have_pictures(page, band):
    page.goto(with_band("/", band))
    situations = page.locator(".situation")
    assert situations.count() >= 6
    for situation in situations.all():
        assert situation.locator("img").count() == 1, situation.inner_text()
    images = loaded_images(page, ".situation img")
    assert len(images) == situations.count()
    assert problems(images) == []
    assert len({image["alt"] for image in images}) == len(images)  # each says what it shows


@pytest.mark.parametrize("band", BANDS)
def test_what_happened_is_in_the_first_phone_screen(new_context, band):
    page = new_context(viewport=SMALL_PHONE).new_page()
    page.goto(with_band("/", band))
    link = page.locator("main a[href^='/ni-sa-vi-gjorde/']").first
    box = link.bounding_box()
    assert box is not None and box["y"] >= 0
    assert box["y"] + box["height"] <= SMALL_PHONE["height"], box
    assert link.get_attribute("href") == f"/ni-sa-vi-gjorde/?alder={band}"
    # 'Behöver du hjälp nu?' still comes first.
    help_link = page.locator("header a[href='#hjalp-nu']")
    assert help_link.bounding_box()["y"] < box["y"]
    # And on the page itself the child's own band is kept.
    link.click()
    page.wait_for_url(f"**/ni-sa-vi-gjorde/?alder={band}")
    assert page.locator(".age-chooser [aria-current='true']").count() == 1


def test_phone_numbers_and_email_never_break_and_fit_320_px(new_context):
    page = new_context(viewport={"width": 320, "height": 700}).new_page()
    page.goto("/")
    links = page.locator("a[href^='tel:'], a[href^='mailto:']")
    assert page.locator("a[href^='mailto:']").count() >= 1
    assert page.locator("a[href^='tel:']").count() >= 3
    for link in links.all():
        style = link.evaluate("a => getComputedStyle(a).whiteSpace")
        assert style == "nowrap", link.inner_text()
        # One line: no box of the link wraps to a second line.
        rects = link.evaluate("a => a.getClientRects().length")
        assert rects == 1, link.inner_text()
        right = link.evaluate("a => a.getBoundingClientRect().right")
        assert right <= 320, (link.inner_text(), right)
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 320
