"""Before sending, the form tells the child what looks like personal data; nothing is sent
until the child changes it or chooses "Skicka ändå"."""

import pytest
from playwright.sync_api import expect

from .helpers import axe_violations, describe_violations

pytestmark = pytest.mark.browser

FOUND_JS = """() => Array.from(document.querySelectorAll('#personuppgifter [data-found]'))
    .map(li => li.dataset.found)"""

FOUND_PIECES_JS = """() => Array.from(document.querySelectorAll('#personuppgifter [data-found]'))
    .map(li => [li.dataset.found, li.textContent])"""


def record_posts(page):
    posts = []
    page.on(
        "request", lambda request: posts.append(request.url) if request.method == "POST" else None
    )
    return posts


def test_a_phone_number_is_shown_before_anything_is_sent(page, feedback_path):
    posts = record_posts(page)
    page.goto(feedback_path)
    page.fill("#id_good_text", "Ring mig på 070-123 45 67 efter skolan.")
    page.click(".feedback-form__submit")

    notice = page.locator("#personuppgifter")
    expect(notice).to_be_visible()
    assert notice.get_attribute("role") == "alert"
    assert page.evaluate("() => document.activeElement.id") == "personuppgifter"
    expect(notice).to_contain_text("ett telefonnummer: 070-123 45 67")
    page.wait_for_timeout(500)
    assert posts == [] and "/tack/" not in page.url

    # "Ändra" goes back to the text, and the check runs again on the next Skicka.
    page.get_by_role("button", name="Ändra").click()
    expect(notice).to_be_hidden()
    assert page.evaluate("() => document.activeElement.id") == "id_good_text"
    page.click(".feedback-form__submit")
    expect(notice).to_be_visible()
    assert posts == []

    page.get_by_role("button", name="Skicka ändå").click()
    page.wait_for_url("**/tack/**")
    assert len(posts) == 1
    expect(page.locator(".redaction-notice")).to_contain_text("telefonnummer")


def test_changing_the_text_sends_it_at_once(page, feedback_path):
    posts = record_posts(page)
    page.goto(feedback_path)
    page.fill("#id_better_text", "Jag heter Kalle och min snap: kalle_12")
    page.click(".feedback-form__submit")
    expect(page.locator("#personuppgifter")).to_be_visible()
    assert sorted(page.evaluate(FOUND_JS)) == ["anvandarnamn", "namn"]
    page.get_by_role("button", name="Ändra").click()
    page.fill("#id_better_text", "Ni borde finnas på snap.")
    page.click(".feedback-form__submit")
    page.wait_for_url("**/tack/**")
    assert len(posts) == 1
    expect(page.locator(".redaction-notice")).to_have_count(0)


def test_the_main_kinds_are_recognised_in_the_browser(page, feedback_path):
    page.goto(feedback_path)
    page.fill(
        "#id_good_text",
        "pnr 20100512–1234, mejla kalle (at) gmail (dot) com, ring +46 (0)70-123 45 67",
    )
    page.fill(
        "#id_better_text",
        "Mitt namn är Lisa. Jag bor på Storgatan 12, 852 31 Sundsvall. Följ @lisa.o och "
        "insta: lisaa",
    )
    page.click(".feedback-form__submit")
    expect(page.locator("#personuppgifter")).to_be_visible()
    assert page.evaluate(FOUND_JS) == [
        "personnummer", "e-post", "telefonnummer",
        "namn", "adress", "adress", "anvandarnamn", "anvandarnamn",
    ]  # fmt: skip
    text = page.locator("#personuppgifter").inner_text()
    for piece in ("20100512–1234", "kalle (at) gmail (dot) com", "Lisa", "Storgatan 12", "@lisa.o"):
        assert piece in text


def test_the_notice_has_no_axe_violations(new_context, feedback_path):
    page = new_context(bypass_csp=True).new_page()  # axe is added as an inline script
    page.goto(feedback_path)
    page.fill("#id_good_text", "Jag heter Kalle, ring 070-123 45 67")
    page.click(".feedback-form__submit")
    expect(page.locator("#personuppgifter")).to_be_visible()
    violations = axe_violations(page)
    assert not violations, describe_violations("the personal data notice", violations)


# The kinds the browser looks for (it has no name lists and no school names).
BROWSER_KINDS = {"personnummer", "telefonnummer", "e-post", "adress", "anvandarnamn"}


def test_the_browser_finds_what_the_server_removes(page, feedback_path):
    """Every table case with a kind the browser looks for is caught before sending."""
    from tests.feedback.redaction_cases import PERSONAL

    page.goto(feedback_path)
    # Something always found, so that a miss shows the notice instead of sending the form.
    page.fill("#id_better_text", "snap: sentinel_1")
    missed = []
    for text, _secrets, kinds in PERSONAL:
        if not kinds & BROWSER_KINDS:
            continue
        page.fill("#id_good_text", text)
        page.click(".feedback-form__submit")
        expect(page.locator("#personuppgifter")).to_be_visible()
        found = {
            kind
            for kind, piece in page.evaluate(FOUND_PIECES_JS)
            if not piece.endswith("sentinel_1")
        }
        if not found & kinds & BROWSER_KINDS:
            missed.append((text, sorted(found)))
        page.get_by_role("button", name="Ändra").click()
    assert not missed, missed


def test_harmless_text_is_sent_without_a_warning(page, feedback_path):
    from tests.feedback.redaction_cases import HARMLESS

    posts = record_posts(page)
    page.goto(feedback_path)
    page.fill("#id_good_text", "\n".join(HARMLESS[: len(HARMLESS) // 2]))
    page.fill("#id_better_text", "\n".join(HARMLESS[len(HARMLESS) // 2 :]))
    page.click(".feedback-form__submit")
    page.wait_for_url("**/tack/**")
    assert len(posts) == 1
