"""Lyssna: the button on every kind of public page reads the main content aloud, block by block.

Headless Chromium has no Swedish voice, so a stand-in for the speech synthesis
(``fake_speech.js``, injected before any page script) offers one sv-SE voice, records each
utterance and what was highlighted when it started, and plays utterances asynchronously as a
real voice does (or holds each one until the test ends it, to look at the page mid-sentence).
"""

import json
import re
from pathlib import Path

import pytest

from .helpers import BANDS, check_axe, focus_shown, send_feedback

pytestmark = pytest.mark.browser

FAKE_SPEECH_JS = Path(__file__).resolve().parent / "fake_speech.js"

PAGES = {
    "home": "/",
    **{f"info {band}": f"/om-soc/vad-ar-soc/?alder={band}" for band in BANDS},
    "help": "/om-soc/hjalp-direkt/?alder=9-12",
    "index": "/om-soc/?alder=9-12",
    "glossary": "/ordlista/?alder=9-12",
    "feedback form": "/tyck-till/",
    "thank-you": "/tyck-till/",  # then sent
    "what happened": "/ni-sa-vi-gjorde/",
    "search": "/sok/?q=utredning",
    "not found": "/sidan-finns-inte/",
}

# Never read: the frame around the content, the button itself, the form's hidden trap field.
NOT_READ = [
    "Hoppa till innehållet",
    "eller tryck på Shift tre gånger",
    "Vill du inte att någon ser att du har varit här?",
    "Lyssna",
    "Sluta läsa",
    "Lämna det här fältet tomt",
]

# Headings, labels and legends in the main content that a reader sees, as the page shows them.
BLOCK_TEXTS_JS = """selector => Array.from(document.querySelectorAll(selector))
    .filter(el => el.checkVisibility() && !el.closest('.term-explanations, [aria-hidden=true]'))
    .map(el => el.textContent.replace(/\\s+/g, ' ').trim())
    .filter(Boolean)"""


def speaking_page(new_context, lang="sv-SE", **options):
    context = new_context(**options)
    context.add_init_script(script=f"window.__FAKE_VOICE_LANG = {json.dumps(lang)};")
    context.add_init_script(path=str(FAKE_SPEECH_JS))
    return context.new_page()


def open_kind(page, kind):
    response = page.goto(PAGES[kind])
    assert response.status == (404 if kind == "not found" else 200)
    if kind == "thank-you":
        page.check("input[name=information_yes_no][value='ja']")
        page.fill("textarea[name=good_text]", "Hon lyssnade på mig.")
        send_feedback(page)


def log(page):
    return page.evaluate("() => window.__fakeSpeech.log")


def start_holding(page):
    """Press Lyssna with each utterance held until ended; wait for the first to speak."""
    page.evaluate("() => { window.__fakeSpeech.hold = true; window.__fakeSpeech.log.length = 0; }")
    page.click(".listen-button")
    page.wait_for_function("() => window.__fakeSpeech.log.length === 1")


def read_to_the_end(page):
    page.evaluate("() => { window.__fakeSpeech.hold = false; window.__fakeSpeech.end(); }")
    page.wait_for_selector(".listen-button[aria-pressed=false]")
    return log(page)


def words(text):
    return re.sub(r"\s+", " ", text).strip()


@pytest.mark.parametrize("kind", PAGES)
def test_every_page_kind_reads_its_content_block_by_block(new_context, kind):
    page = speaking_page(new_context, bypass_csp=True)
    open_kind(page, kind)
    button = page.locator(".listen-button")
    assert button.is_visible(), f"{kind}: no Lyssna button with a Swedish voice"
    assert button.get_attribute("aria-pressed") == "false"

    start_holding(page)
    first = log(page)[0]
    h1 = words(page.locator("main h1").first.inner_text())
    assert first["text"] == h1, f"{kind}: the first sentence read is not the page's heading"
    assert (first["lang"], first["voice"]) == ("sv-SE", "sv-SE")
    highlighted = page.locator(".listen-reading")
    assert highlighted.count() == 1 and words(highlighted.inner_text()) == h1
    assert button.get_attribute("aria-pressed") == "true"
    assert words(button.inner_text()).endswith("Sluta läsa")
    # The button shown and pressed, and the highlight on screen, pass axe at both widths.
    failures = []
    check_axe(page, f"{kind} while reading", failures)
    assert not failures, "\n".join(failures)

    spoken = read_to_the_end(page)
    texts = [entry["text"] for entry in spoken]
    assert page.locator(".listen-reading").count() == 0, "the highlight stays after the end"
    assert words(button.inner_text()).endswith("Lyssna")
    assert len(texts) > 1
    for entry in spoken:
        assert len(entry["highlighted"]) == 1, f"{kind}: {entry}"
        assert entry["text"] in entry["highlighted"][0], f"{kind}: highlight is elsewhere: {entry}"
    everything = " ".join(texts)
    for text in NOT_READ:
        assert text not in everything, f"{kind}: read aloud: {text!r}"

    for heading in page.evaluate(BLOCK_TEXTS_JS, "main h1, main h2, main h3, main h4"):
        # Its own utterance: a heading run into the next sentence would leave none equal to it.
        assert heading in texts, f"{kind}: heading {heading!r} is not read on its own"
        for text in texts:
            # "Bra att vetaDet är aldrig ditt fel": the heading's last word, a capital after it.
            glued = re.escape(heading) + r"[A-ZÅÄÖ]"
            assert not (heading[-1].islower() and re.search(glued, text)), f"{kind}: {text!r}"


def test_feedback_form_reads_questions_and_answer_options(new_context, feedback_path):
    page = speaking_page(new_context)
    page.goto(feedback_path)
    start_holding(page)
    texts = [entry["text"] for entry in read_to_the_end(page)]
    legends = page.evaluate(BLOCK_TEXTS_JS, "main legend")
    labels = page.evaluate(
        BLOCK_TEXTS_JS, "main .face-scale__option, main .yes-no__option, main .choice-list__option"
    )
    assert legends and labels
    for text in [*legends, *labels, *page.evaluate(BLOCK_TEXTS_JS, "main .text-field label")]:
        assert text in texts, f"not read on its own: {text!r}"


def test_glossary_explanations_on_a_page_are_not_read(new_context):
    page = speaking_page(new_context)
    page.goto(PAGES["info 9-12"])
    explanations = page.locator(".term-explanations details")
    assert explanations.count() > 0
    summary = words(explanations.first.locator("summary").inner_text())
    start_holding(page)
    texts = [entry["text"] for entry in read_to_the_end(page)]
    assert summary not in " ".join(texts)


def test_keyboard_starts_and_stops_reading(new_context):
    page = speaking_page(new_context)
    page.goto(PAGES["info 5-8"])
    page.locator(".listen-button").wait_for()
    page.evaluate("() => { window.__fakeSpeech.hold = true; }")
    for _ in range(30):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.matches('.listen-button')"):
            break
    else:
        pytest.fail("Tab never reaches the Lyssna button")
    assert focus_shown(page)["shown"], "the Lyssna button shows no focus"
    button = page.locator(".listen-button")
    cancels = page.evaluate("() => window.__fakeSpeech.cancels")

    for start, stop in [("Enter", "Space"), ("Space", "Enter"), ("Enter", "Escape")]:
        page.keyboard.press(start)
        page.wait_for_selector(".listen-reading")
        assert button.get_attribute("aria-pressed") == "true", start
        assert page.evaluate("() => window.speechSynthesis.speaking")
        page.keyboard.press(stop)
        page.wait_for_selector(".listen-button[aria-pressed=false]")
        assert page.locator(".listen-reading").count() == 0, stop
        assert page.evaluate("() => window.__fakeSpeech.cancels") > cancels, stop
        assert not page.evaluate("() => window.speechSynthesis.speaking"), stop
        cancels = page.evaluate("() => window.__fakeSpeech.cancels")
        assert page.evaluate("() => document.activeElement.matches('.listen-button')")


@pytest.mark.parametrize("voice", ["chromium's own", "en-US only"])
def test_button_hidden_without_a_swedish_voice(new_context, voice):
    if voice == "chromium's own":
        page = new_context().new_page()
    else:
        page = speaking_page(new_context, lang="en-US")
    page.goto(PAGES["info 9-12"])
    # listen.js has run (it notes the start label) and hid nothing else of the page.
    page.wait_for_selector(".listen-button[data-label-start]", state="attached")
    if voice == "chromium's own":
        assert not page.evaluate(
            "() => speechSynthesis.getVoices().some(v => v.lang.toLowerCase().startsWith('sv'))"
        )
    assert not page.locator(".listen-button").is_visible()
    assert page.locator("main h1").is_visible()


def test_sending_the_form_stops_reading_and_the_thank_you_page_reads(new_context, feedback_path):
    page = speaking_page(new_context)
    page.goto(feedback_path)
    page.check("input[name=information_yes_no][value='ja']")
    start_holding(page)
    cancels = page.evaluate("() => window.__fakeSpeech.cancels")
    send_feedback(page)
    page.wait_for_function(f"() => window.__fakeSpeech.cancels > {cancels}")
    assert not page.evaluate("() => window.speechSynthesis.speaking")
    assert page.locator(".listen-reading").count() == 0
    button = page.locator(".listen-button")
    assert button.is_visible() and button.get_attribute("aria-pressed") == "false"
    start_holding(page)
    assert log(page)[0]["text"] == words(page.locator("main h1").inner_text())


def test_quick_exit_and_leaving_the_page_stop_reading(new_context):
    page = speaking_page(new_context)
    reports = []
    page.context.expose_function("reportSpeech", lambda report: reports.append(report))
    page.goto(PAGES["info 9-12"])
    target = page.locator("[data-quick-exit]").get_attribute("data-quick-exit")
    page.context.guard.fulfil[target] = "<!doctype html><title>Väder</title><h1>Väder</h1>"

    start_holding(page)
    # A link to another page: no-trace.js opens it with location.replace().
    page.locator("main a[href^='/om-soc/']:not([href*='vad-ar-soc'])").first.click()
    page.wait_for_url(lambda url: "/vad-ar-soc/" not in url)
    page.wait_for_load_state()
    assert "cancel" in [r["kind"] for r in reports[-3:]], f"still reading: {reports[-3:]}"

    start_holding(page)
    reports.clear()
    page.click(".quick-exit__button")
    page.wait_for_url(target)
    cancels = [r for r in reports if r["kind"] == "cancel"]
    assert cancels, "the quick exit left the voice reading"
    assert not cancels[0]["bodyHidden"], "speech stopped only after the page was hidden"
