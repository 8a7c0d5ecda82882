"""Shared pieces of the browser tests: axe, focus, requests, screenshots, logging in."""

import re
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
AXE_JS = Path(__file__).resolve().parent / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"

BANDS = ("5-8", "9-12", "13-18")
PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 900}
WIDTHS = {"telefon": PHONE, "dator": DESKTOP}

AXE_OPTIONS = {
    "runOnly": {
        "type": "tag",
        "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"],
    },
    "resultTypes": ["violations"],
}


def with_band(path, band):
    """The path with ``alder=<band>`` in its query string (replacing any earlier choice)."""
    parts = urllib.parse.urlsplit(path)
    query = [(k, v) for k, v in urllib.parse.parse_qsl(parts.query) if k != "alder"]
    query.append(("alder", band))
    return urllib.parse.urlunsplit(("", "", parts.path, urllib.parse.urlencode(query), ""))


def axe_violations(page):
    """Run axe-core (WCAG 2.1 A, AA, best practices) on the page as it is; the violations."""
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.add_script_tag(path=str(AXE_JS))
    return page.evaluate(
        "options => axe.run(document, options).then(r => r.violations)", AXE_OPTIONS
    )


def describe_violations(where, violations):
    """Each violation's id, help and the target selectors, so the report says what to fix."""
    lines = [f"{where}: {len(violations)} axe violation(s)"]
    for violation in violations:
        lines.append(
            f"  - {violation['id']} [{violation.get('impact')}]: {violation['help']}"
            f" ({violation['helpUrl']})"
        )
        for node in violation["nodes"]:
            target = " ".join(str(t) for t in node["target"])
            summary = (node.get("failureSummary") or "").replace("\n", " ")
            lines.append(f"      {target}  {summary}")
    return "\n".join(lines)


# Content a reader can bring up is checked too: every glossary explanation (<details>) open, and
# the Lyssna button shown (headless Chromium has no Swedish voice, so the page hides it;
# test_listen.py checks it with a Swedish voice, shown by the page itself and while reading).
REVEAL_JS = """() => {
    document.querySelectorAll('details').forEach(d => { d.open = true; });
    document.querySelectorAll('[data-listen-bar][hidden]').forEach(b => { b.hidden = false; });
}"""


def check_axe(page, where, failures, widths=WIDTHS):
    """Run axe at each width on the loaded page (no reload) and add any report to failures."""
    page.evaluate(REVEAL_JS)
    for name, size in widths.items():
        page.set_viewport_size(size)
        violations = axe_violations(page)
        if violations:
            failures.append(describe_violations(f"{where} ({name} {size['width']} px)", violations))


def sideways_scroll(page, width=320):
    """Pixels the page is wider than a 320 px screen (WCAG 1.4.10 Reflow); 0 is right."""
    page.set_viewport_size({"width": width, "height": 800})
    return page.evaluate("w => document.documentElement.scrollWidth - w", width)


# True when the focused element shows where focus is: its own outline or box-shadow, or, for
# an input hidden behind a drawn face, the outline of its label.
FOCUS_SHOWN_JS = """() => {
    const el = document.activeElement;
    if (!el || el === document.body) return {shown: false, what: 'nothing is focused'};
    const shows = (node) => {
        const s = getComputedStyle(node);
        const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
        const shadow = s.boxShadow && s.boxShadow !== 'none';
        const seen = parseFloat(s.opacity) > 0 && node.getBoundingClientRect().width > 2;
        return (outline || shadow) && seen;
    };
    const what = el.outerHTML.slice(0, 120);
    if (shows(el)) return {shown: true, what};
    for (const label of el.labels || []) if (shows(label)) return {shown: true, what};
    return {shown: false, what};
}"""


def focus_shown(page):
    return page.evaluate(FOCUS_SHOWN_JS)


def eager_images(page):
    """Load lazy images now (for full-page screenshots) and wait until every image is done."""
    page.evaluate(
        "() => document.querySelectorAll('img[loading=lazy]').forEach(i => i.loading = 'eager')"
    )
    page.wait_for_function("() => Array.from(document.images).every(i => i.complete)")


def screenshot(page, name):
    """A full-page screenshot at phone width, as most children (and some politicians) read."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.set_viewport_size(PHONE)
    eager_images(page)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def slug(path):
    """A file name part for a path: /om-soc/vad-ar-en-utredning/ -> om-soc-vad-ar-en-utredning."""
    return re.sub(r"[^a-z0-9]+", "-", path.lower()).strip("-") or "start"


LOGIN_PATH = "/logga-in/"


def login_url(next_path="/"):
    return f"{LOGIN_PATH}?next={urllib.parse.quote(next_path)}"


def log_in(page, username, password, next_path="/"):
    """Log in on the site's login page (/logga-in/, Django's AuthenticationForm fields
    username and password) and land on next_path."""
    page.goto(login_url(next_path))
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    with page.expect_navigation():
        page.press("#id_password", "Enter")
    path = urllib.parse.urlsplit(page.url).path
    assert path != LOGIN_PATH, f"logging in as {username} failed: still on {page.url}"


SENT_OR_WARNED_JS = """() => location.pathname.includes('/tack/')
    || (document.getElementById('personuppgifter') || {hidden: true}).hidden === false"""


def send_feedback(page):
    """Press Skicka as a child would: when the form warns that the text looks like personal
    data, choose "Skicka ändå"; then wait for the thank-you page to be put in place."""
    page.click(".feedback-form__submit")
    page.wait_for_function(SENT_OR_WARNED_JS)
    if "/tack/" not in page.url:
        page.click(".personal-data-notice__send")
    page.wait_for_url("**/tack/**")
