"""The yes/no questions on a phone: answered by tapping Ja, Nej and Vet inte, targets of at
least 24 × 24 px (WCAG 2.5.8), no axe violation, and the answers arrive as tapped."""

import secrets
import sqlite3

import pytest

from .helpers import check_axe, send_feedback

pytestmark = pytest.mark.browser

TAPS = {
    "information_yes_no": "Ja",
    "participation_yes_no": "Nej",
    "change_yes_no": "Vet inte",
    "availability_yes_no": "Ja",
}
STORED = {"Ja": "ja", "Nej": "nej", "Vet inte": "vet_inte"}

TARGETS_JS = """() => Array.from(document.querySelectorAll('.yes-no__option')).map(label => {
    const box = label.getBoundingClientRect();
    const radio = label.querySelector('input[type=radio]').getBoundingClientRect();
    return {text: label.textContent.trim(), width: box.width, height: box.height,
            radioWidth: radio.width, radioHeight: radio.height};
})"""
CHECKED_JS = """() => Object.fromEntries(
    Array.from(document.querySelectorAll('.yes-no input[type=radio]:checked'))
        .map(i => [i.name, i.value]))"""


def test_yes_no_questions_answered_by_tapping_on_a_phone(new_context, portal, feedback_path):
    page = new_context(has_touch=True, is_mobile=True, bypass_csp=True).new_page()
    page.goto(feedback_path)

    targets = page.evaluate(TARGETS_JS)
    assert len(targets) >= 3 * len(TAPS), targets
    small = [t for t in targets if min(t["width"], t["height"], t["radioWidth"]) < 24]
    small += [t for t in targets if t["radioHeight"] < 24]
    assert not small, f"touch targets under 24 × 24 px: {small}"

    for name, word in TAPS.items():
        page.locator(f"#falt-{name} .yes-no__option", has_text=word).tap()
    # A second tap in the same question changes the answer, as a child may change her mind.
    page.locator("#falt-availability_yes_no .yes-no__option", has_text="Nej").tap()
    expected = {**{name: STORED[word] for name, word in TAPS.items()}, "availability_yes_no": "nej"}
    checked = page.evaluate(CHECKED_JS)
    assert {name: checked.get(name) for name in expected} == expected

    failures = []
    check_axe(page, f"{feedback_path} with yes/no answers tapped", failures)
    assert not failures, "\n".join(failures)

    marker = f"Trycktest {secrets.token_hex(4)}"
    page.set_viewport_size({"width": 375, "height": 812})
    page.fill("#id_good_text", marker)
    send_feedback(page)
    with sqlite3.connect(portal.directory / "db.sqlite3") as db:
        row = db.execute(
            "SELECT information_yes_no, participation_yes_no, change_yes_no, availability_yes_no,"
            " information, participation, change, availability"
            " FROM feedback_feedbackresponse WHERE good_text = ?",
            [marker],
        ).fetchone()
    assert row == ("ja", "nej", "vet_inte", "nej", None, None, None, None)
