"""No trace after the quick exit, on a 375 px phone: Back never reaches a portal page again.

The portal holds a single history entry (static/js/no-trace.js): links and the search replace
the page, the feedback form is sent in place. The child comes from an "earlier site" (as in
test_quick_exit.py); after reading 1, 3 or 6 pages, or after sending an answer, the quick exit
(button or Shift three times) must leave a Back that goes to that earlier site, and nothing
the child typed is ever shown again.
"""

import urllib.parse

import pytest

from tests.thanks_url import assert_means_nothing

from .helpers import DESKTOP, send_feedback
from .test_quick_exit import NEUTRAL_PAGE, assert_left_for_good, open_portal_from_elsewhere

pytestmark = pytest.mark.browser

TYPED = "Jag heter Kalle Svensson och mitt nummer är 070-123 45 67, pappa slår mig"
HISTORY_LENGTH_JS = "() => history.length"
# Same-origin page links in the page's content, not jumps on the page itself.
LINKS_JS = """() => [...document.querySelectorAll('main a[href^="/"]'),
                     ...document.querySelectorAll('body a[href^="/"]:not([hreflang])')]
    .filter(a => a.checkVisibility())
    .map(a => a.getAttribute('href')).filter(h => !h.startsWith('#'))"""


def path_of(url):
    parts = urllib.parse.urlsplit(url)
    return parts.path


def read_pages(page, count):
    """Open `count` portal pages in all, the first already open, each next one by a click."""
    entries = page.evaluate(HISTORY_LENGTH_JS)
    visited = [path_of(page.url)]
    while len(visited) < count:
        hrefs = page.evaluate(LINKS_JS)
        fresh = [h for h in hrefs if path_of(h) not in visited]
        other = [h for h in hrefs if path_of(h) != path_of(page.url)]
        assert fresh or other, f"no link to another page on {page.url}"
        href = (fresh or other)[0]
        with page.expect_navigation():
            page.locator(f'a[href="{href}"]:visible').first.click()
        visited.append(path_of(page.url))
        # One entry for the portal, however far the child reads.
        assert page.evaluate(HISTORY_LENGTH_JS) == entries, f"an entry was added at {href}"
    return visited


def quick_exit(page, how):
    if how == "button":
        page.click(".quick-exit__button")
    else:
        page.locator("body").click(position={"x": 5, "y": 300})
        for _ in range(3):
            page.keyboard.press("Shift")


def assert_nothing_typed_comes_back(page, portal):
    """From the earlier site, Back to the start of the tab and Forward to its end: no portal
    page, no typed text on the way."""
    seen = [page.url]
    while page.go_back() is not None:
        seen.append(page.url)
        assert "Kalle" not in page.content()
    while page.go_forward() is not None:
        seen.append(page.url)
        assert "Kalle" not in page.content()
    for url in seen:
        assert not url.startswith(portal.url), f"the tab's history holds a portal page: {seen}"
    assert "Kalle" not in page.content()


@pytest.mark.parametrize("how", ["button", "shift"])
@pytest.mark.parametrize("count", [1, 3, 6])
def test_back_after_the_quick_exit_never_reaches_a_portal_page(page, portal, count, how):
    target = open_portal_from_elsewhere(page, portal, "/")
    entries = page.evaluate(HISTORY_LENGTH_JS)
    visited = read_pages(page, count)
    assert len(visited) == count
    quick_exit(page, how)
    assert_left_for_good(page, portal, target)
    assert page.evaluate(HISTORY_LENGTH_JS) == entries


@pytest.mark.parametrize("how", ["button", "shift"])
def test_after_sending_the_form_back_never_reaches_the_portal_or_the_text(
    page, portal, feedback_path, how
):
    target = open_portal_from_elsewhere(page, portal, "/")
    entries = page.evaluate(HISTORY_LENGTH_JS)
    with page.expect_navigation():
        page.locator(f'a[href="{feedback_path}"]').first.click()
    page.fill("textarea[name=better_text]", TYPED)
    send_feedback(page)
    assert page.locator("h1").inner_text() == "Tack för att du berättade"
    assert page.locator(".redaction-notice").is_visible()
    assert page.evaluate("() => document.activeElement.id") == "danger-help-title"
    assert page.evaluate(HISTORY_LENGTH_JS) == entries, "the form stayed in the history"
    assert_means_nothing(page.url)
    quick_exit(page, how)
    assert_left_for_good(page, portal, target)
    assert_nothing_typed_comes_back(page, portal)


def test_the_thanks_address_means_nothing_and_shows_the_result_once(page, portal, feedback_path):
    page.goto(feedback_path)
    page.fill("textarea[name=better_text]", TYPED)
    send_feedback(page)
    assert_means_nothing(page.url)
    assert "telefonnummer" in page.locator(".redaction-notice").inner_text()
    page.reload()
    assert page.locator("h1").inner_text() == "Tack för ditt svar!"
    assert page.locator(".danger-help, .redaction-notice").count() == 0


def test_a_form_with_errors_is_put_in_place_and_cleared_when_left(page, portal, feedback_path):
    open_portal_from_elsewhere(page, portal, feedback_path)
    entries = page.evaluate(HISTORY_LENGTH_JS)
    form_url = page.url
    page.fill("textarea[name=good_text]", "x" * 2500)
    page.click(".feedback-form__submit")
    page.locator(".error-summary").wait_for()
    assert page.url == form_url
    assert page.evaluate("() => document.activeElement.className") == "error-summary"
    assert page.evaluate(HISTORY_LENGTH_JS) == entries
    # Typing the address of another page adds an entry (no script can stop that); Back to
    # the form shows it empty.
    page.fill("textarea[name=better_text]", TYPED)
    page.goto("/om-soc/")
    page.go_back()
    page.locator("textarea[name=better_text]").wait_for()
    assert page.input_value("textarea[name=better_text]") == ""
    assert page.input_value("textarea[name=good_text]") == ""
    assert "Kalle" not in page.content()


def test_text_left_by_a_link_is_not_there_on_the_way_back(page, portal, feedback_path):
    open_portal_from_elsewhere(page, portal, feedback_path)
    entries = page.evaluate(HISTORY_LENGTH_JS)
    assert page.get_attribute(".feedback-form", "autocomplete") == "off"
    back = page.locator("[data-portal-back]")
    assert back.is_hidden()  # nothing in the portal before this page
    page.fill("textarea[name=better_text]", TYPED)
    with page.expect_navigation():
        page.click(".site-header__brand")
    assert page.evaluate(HISTORY_LENGTH_JS) == entries
    # The page's own way back returns to the form, empty.
    assert back.is_visible()
    with page.expect_navigation():
        back.click()
    assert path_of(page.url) == path_of(feedback_path)
    assert page.input_value("textarea[name=better_text]") == ""
    assert back.is_hidden()
    assert page.evaluate(HISTORY_LENGTH_JS) == entries


def test_search_and_jumps_add_no_history_entry(page, portal):
    open_portal_from_elsewhere(page, portal, "/om-soc/")
    entries = page.evaluate(HISTORY_LENGTH_JS)
    page.fill("input[type=search]", "utredning")
    with page.expect_navigation():
        page.press("input[type=search]", "Enter")
    assert "/sok/" in page.url and "utredning" in page.url
    page.click('.site-header__nav a[href="#hjalp-nu"]')
    page.wait_for_url("**#hjalp-nu")
    assert page.evaluate(HISTORY_LENGTH_JS) == entries
    # The jump target's heading is not under the sticky quick-exit bar.
    bar = page.locator(".quick-exit").bounding_box()
    heading = page.evaluate(
        "() => document.querySelector('#hjalp-nu-rubrik').getBoundingClientRect().top"
    )
    assert heading >= bar["y"] + bar["height"], (heading, bar)


@pytest.mark.parametrize(
    ("options", "hint_shown"),
    [
        ({"is_mobile": True, "has_touch": True}, False),
        ({"viewport": DESKTOP}, True),
    ],
    ids=["phone", "desktop"],
)
def test_the_shift_hint_only_where_there_is_a_keyboard(new_context, options, hint_shown):
    page = new_context(**options).new_page()
    page.goto("/")
    assert page.locator(".quick-exit__button").is_visible()
    assert page.locator(".quick-exit__hint").is_visible() is hint_shown


def test_without_javascript_the_button_is_a_link_and_the_page_says_what_remains(
    new_context, portal
):
    page = new_context(java_script_enabled=False).new_page()
    page.goto("/")
    note = page.locator(".site-footer").inner_text()
    assert "bakåtknappen visa sidor du har läst här" in note
    target = page.get_attribute(".quick-exit__button", "href")
    page.context.guard.fulfil[target] = NEUTRAL_PAGE
    page.click(".quick-exit__button")
    page.wait_for_url(target)
    assert page.locator("h1").inner_text() == "Vädret i dag"
