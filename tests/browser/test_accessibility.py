"""axe-core, WCAG 2.1 A/AA and best practices: no violations on any public page, two widths.

The pages come from the served site's sitemap.xml (every live public page, so a new page type
is covered as soon as the demo content has one) plus a search with results and the 404 page;
each is checked in every age band, with its glossary explanations open, and must not scroll
sideways at 320 px (WCAG 1.4.10 Reflow). The feedback form is also checked with its error
summary, and the thank-you page after real answers (plain, and with danger words and a phone
number, which add the help and redaction sections).
"""

import pytest

from feedback.models.responses import FREE_TEXT_MAX_LENGTH

from .helpers import BANDS, check_axe, send_feedback, sideways_scroll, with_band

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("band", BANDS)
def test_public_pages_have_no_axe_violations(new_context, public_paths, band):
    page = new_context(bypass_csp=True).new_page()
    failures = []
    for path in [*public_paths, "/sidan-finns-inte/"]:
        url = with_band(path, band)
        response = page.goto(url)
        expected = 404 if path == "/sidan-finns-inte/" else 200
        assert response.status == expected, f"{url}: HTTP {response.status}"
        check_axe(page, url, failures)
        overflow = sideways_scroll(page)
        if overflow > 0:
            failures.append(f"{url}: {overflow} px sideways scroll at 320 px (WCAG 1.4.10 Reflow)")
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("case", ["no-answers", "text-too-long"])
def test_feedback_form_with_errors_has_no_axe_violations(new_context, feedback_path, case):
    """Nothing is required, but at least one answer is, and a text has a length limit."""
    page = new_context(bypass_csp=True).new_page()
    page.goto(feedback_path)
    if case == "text-too-long":
        page.fill("textarea[name=better_text]", "Lång text. " * (FREE_TEXT_MAX_LENGTH // 10 + 1))
    page.click(".feedback-form__submit")
    page.wait_for_selector(".error-summary")
    if case == "text-too-long":
        assert page.locator("#falt-better_text .field-error").is_visible()
    failures = []
    check_axe(page, f"{feedback_path} sent with errors ({case})", failures)
    assert not failures, "\n".join(failures)


THANK_YOU_CASES = {
    "plain": ("Hon lyssnade på mig.", []),
    "danger-and-redaction": (
        "Jag är rädd att gå hem. Ring mig på 070-123 45 67.",
        [".danger-help", ".redaction-notice"],
    ),
}


@pytest.mark.parametrize("case", THANK_YOU_CASES)
def test_thank_you_page_has_no_axe_violations(new_context, feedback_path, case):
    text, sections = THANK_YOU_CASES[case]
    page = new_context(bypass_csp=True).new_page()
    page.goto(feedback_path)
    page.check("input[name=information_yes_no][value='ja']")
    page.fill("textarea[name=good_text]", text)
    send_feedback(page)
    for section in sections:
        assert page.locator(section).is_visible(), f"{section} missing on the thank-you page"
    failures = []
    check_axe(page, f"thank-you page ({case})", failures)
    assert not failures, "\n".join(failures)
