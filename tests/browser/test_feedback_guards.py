"""Chromium's own headers: our form and our fetch() get through, another site's form does not."""

import re
import urllib.request

import pytest

from .helpers import send_feedback

pytestmark = pytest.mark.browser

EVIL = "http://annan-webbplats.example/"


def form_action_and_token(portal, feedback_path):
    with urllib.request.urlopen(portal.url + feedback_path, timeout=10) as response:  # noqa: S310
        html = response.read().decode()
    action = re.search(r'<form[^>]*action="([^"]+)"', html).group(1)
    token = re.search(r'name="started" value="([^"]+)"', html).group(1)
    return action, token


def test_our_own_form_is_accepted(page, feedback_path):
    page.goto(feedback_path)
    page.fill("textarea[name=good_text]", "Hon lyssnade på mig.")
    send_feedback(page)
    assert "/tack/" in page.url
    assert "Svaret kunde inte tas emot" not in page.content()


def test_our_own_fetch_is_accepted(page, feedback_path, portal):
    action, token = form_action_and_token(portal, feedback_path)
    page.goto(feedback_path)
    result = page.evaluate(
        """async ([action, token]) => {
            const body = new URLSearchParams({started: token, good_text: 'Bra samtal.'});
            const r = await fetch(action, {method: 'POST', body});
            return {status: r.status, url: r.url};
        }""",
        [action, token],
    )
    assert result["status"] == 200 and "/tack/" in result["url"], result


def test_a_form_on_another_site_is_refused(new_context, portal, feedback_path):
    action, token = form_action_and_token(portal, feedback_path)
    context = new_context()
    context.guard.fulfil[EVIL] = (
        f'<form method="post" action="{portal.url}{action}">'
        f'<input type="hidden" name="started" value="{token}">'
        '<input name="good_text" value="falskt svar"><button>Skicka</button></form>'
    )
    page = context.new_page()
    page.goto(EVIL)
    with page.expect_response(lambda r: r.url.endswith(action)) as posted:
        page.click("button")
    assert posted.value.status == 403
    page.wait_for_load_state()
    assert "Svaret kunde inte tas emot" in page.content()
    assert not context.cookies()
