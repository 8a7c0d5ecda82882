"""The feedback form with the keyboard alone: Tab, Space and arrow keys, typing; focus shows."""

import pytest

from .helpers import focus_shown

pytestmark = pytest.mark.browser

ACTIVE_JS = """() => {
    const el = document.activeElement;
    return {
        tag: el.tagName.toLowerCase(), type: el.type || '', name: el.name || '',
        value: el.value || '', inFaces: !!el.closest('.face-scale'),
        inYesNo: !!el.closest('.yes-no'),
        submit: el.matches('.feedback-form__submit'),
    };
}"""
CHECKED_JS = """() => Object.fromEntries(
    Array.from(document.querySelectorAll('.feedback-form input[type=radio]:checked'))
        .map(i => [i.name, i.value]))"""


def test_feedback_form_filled_in_and_sent_with_the_keyboard(page, feedback_path):
    page.goto(feedback_path)
    not_shown = []
    faces, yes_no, lists, texts = [], [], [], []

    def press(key):
        page.keyboard.press(key)
        result = focus_shown(page)
        if not result["shown"]:
            not_shown.append(f"after {key}: {result['what']}")
        return page.evaluate(ACTIVE_JS)

    active = press("Tab")
    for _step in range(200):
        if active["submit"]:
            break
        if active["type"] == "radio" and active["name"] not in faces + yes_no + lists:
            if active["inYesNo"]:
                # Ja first: Space chooses it, two steps right make it Vet inte.
                yes_no.append(active["name"])
                press("Space")
                for _ in range(2):
                    active = press("ArrowRight")
            elif active["inFaces"]:
                # First face of the group: Space chooses it, three steps right make it 4.
                faces.append(active["name"])
                press("Space")
                for _ in range(3):
                    active = press("ArrowRight")
            else:
                lists.append(active["name"])
                active = press("ArrowDown")
        elif active["tag"] == "textarea":
            texts.append(active["name"])
            page.keyboard.type("Jag fick veta vad som skulle hända.")
        active = press("Tab")
    else:
        pytest.fail("Tab never reached the Skicka button")

    assert "treatment" in faces, f"face questions reached with Tab: {faces}"
    assert len(yes_no) >= 4, f"yes/no questions reached with Tab: {yes_no}"
    assert {"age_band", "contact_kind"} <= set(lists), lists
    assert {"good_text", "better_text"} <= set(texts), texts
    checked = page.evaluate(CHECKED_JS)
    assert all(checked[name] == "4" for name in faces), checked
    assert all(checked[name] == "vet_inte" for name in yes_no), checked
    assert not not_shown, "focus is not visible:\n" + "\n".join(not_shown)

    page.keyboard.press("Enter")
    page.wait_for_url("**/tack/**")
    assert page.locator("h1").inner_text() == "Tack för ditt svar!"
