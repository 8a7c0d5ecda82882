"""The Content-Security-Policy as the browser enforces it: no page breaks it.

The axe tests run with the policy bypassed (axe is injected inline); here the policy is on and
every console message about it, and every script error, is a failure: the public pages, the
feedback form sent, and the internal section as a politician.
"""

import pytest

from .helpers import log_in
from .test_internal import INTERNAL_PAGES

pytestmark = pytest.mark.browser


def watch(page):
    problems = []
    page.on(
        "console",
        lambda m: (
            problems.append(f"{page.url}: {m.text}")
            if "Content Security Policy" in m.text or "Content-Security-Policy" in m.text
            else None
        ),
    )
    page.on("pageerror", lambda error: problems.append(f"{page.url}: script error: {error}"))
    return problems


def test_the_check_sees_a_violation(new_context, public_paths):
    page = new_context().new_page()
    problems = watch(page)
    page.goto(public_paths[0], wait_until="networkidle")
    page.evaluate(
        "() => { const s = document.createElement('style');"
        " s.textContent = 'body {}'; document.head.appendChild(s); }"
    )
    page.wait_for_timeout(200)
    assert problems, "an inline style must be reported, or the other tests prove nothing"


def test_public_pages_and_feedback_keep_the_policy(new_context, public_paths, feedback_path):
    page = new_context().new_page()
    problems = watch(page)
    for path in public_paths:
        page.goto(path, wait_until="networkidle")
    page.goto(feedback_path, wait_until="networkidle")
    page.check("input[name=information_yes_no][value='ja']")
    page.click(".feedback-form__submit")
    page.wait_for_url("**/tack/**")
    assert not problems, "\n".join(problems)


def test_internal_pages_keep_the_policy(new_context, portal):
    page = new_context().new_page()
    problems = watch(page)
    log_in(page, *portal.politician, next_path=INTERNAL_PAGES[0][1])
    for _name, path in INTERNAL_PAGES:
        page.goto(path, wait_until="networkidle")
        assert page.locator("[data-print]").is_visible(), f"{path}: print button not shown"
    assert not problems, "\n".join(problems)
