"""Quick exit: the button and Shift pressed three times replace the page with the neutral site.

The neutral site is whatever the site settings name (quick_exit_url, read from the button);
the browser never reaches it: the context's guard answers that URL with a stand-in page. The
child is taken to have come from another site first, so Back must go there, not to the portal.
"""

import pytest

pytestmark = pytest.mark.browser

NEUTRAL_PAGE = "<!doctype html><html lang='sv'><title>Väder</title><h1>Vädret i dag</h1></html>"
EARLIER_SITE = "http://tidigare-webbplats.invalid/"
EARLIER_PAGE = "<!doctype html><html lang='sv'><title>Sökmotor</title><h1>Sök</h1></html>"


def open_portal_from_elsewhere(page, portal, path):
    page.context.guard.fulfil[EARLIER_SITE] = EARLIER_PAGE
    page.goto(EARLIER_SITE)
    page.goto(path)
    button = page.locator("[data-quick-exit]")
    target = button.get_attribute("data-quick-exit")
    assert target == button.get_attribute("href")
    assert target.startswith(("https://", "http://")) and not target.startswith(portal.url)
    page.context.guard.fulfil[target] = NEUTRAL_PAGE
    return target


def assert_left_for_good(page, portal, target):
    page.wait_for_url(target)
    assert page.locator("h1").inner_text() == "Vädret i dag"
    exit_request = [r for r in page.context.guard.fulfilled if r.url == target][-1]
    assert "referer" not in exit_request.headers, "the neutral site learns where the child was"
    page.go_back()
    assert not page.url.startswith(portal.url), f"Back returned to the portal: {page.url}"
    assert page.url == EARLIER_SITE
    assert page.context.guard.blocked == []


def test_quick_exit_button_replaces_the_page(page, portal):
    target = open_portal_from_elsewhere(page, portal, "/om-soc/orosanmalan/?alder=9-12")
    page.click(".quick-exit__button")
    assert_left_for_good(page, portal, target)


def test_three_shift_presses_replace_the_page(page, portal, feedback_path):
    target = open_portal_from_elsewhere(page, portal, feedback_path)
    page.locator("textarea[name=good_text]").fill("Det var bra")
    for _ in range(3):
        page.keyboard.press("Shift")
    assert_left_for_good(page, portal, target)


def test_capital_letters_do_not_leave_the_page(page, portal, feedback_path):
    """Shift with a letter is typing, not a quick exit, however fast a child writes."""
    page.goto(feedback_path)
    page.locator("[data-quick-exit]").wait_for()
    page.focus("textarea[name=good_text]")
    for key in ["Shift+J", "a", "g", " ", "Shift+M", "Shift+O", "Shift+P"]:
        page.keyboard.press(key)
    page.wait_for_timeout(200)
    assert page.url.startswith(portal.url)
    assert page.input_value("textarea[name=good_text]") == "Jag MOP"
