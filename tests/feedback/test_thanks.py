"""The thank-you page's address tells nothing: a random one-use key, the result on the server."""

import re
import urllib.parse

import pytest

from tests.thanks_url import assert_means_nothing

pytestmark = pytest.mark.django_db

DANGER_AND_DATA = {
    "better_text": "Pappa slår mig. Ring 070-123 45 67 eller mejla kalle.anka@example.se."
}


def thanks_query(response):
    assert response.status_code == 302
    location = urllib.parse.urlsplit(response["Location"])
    assert location.path.endswith("/tack/")
    return location, urllib.parse.parse_qs(location.query)


def test_the_thanks_address_holds_only_a_random_key(post_feedback):
    location, query = thanks_query(post_feedback(DANGER_AND_DATA))
    assert list(query) == ["k"]
    (key,) = query["k"]
    assert re.fullmatch(r"[A-Za-z0-9_-]{22,}", key)
    assert_means_nothing(location.geturl())


def test_every_answer_gets_a_key_of_the_same_shape_whatever_was_written(post_feedback):
    """A plain answer's address looks like a danger answer's: its shape tells nothing."""
    plain = thanks_query(post_feedback({"good_text": "Det var bra att få rita."}))[1]
    danger = thanks_query(post_feedback(DANGER_AND_DATA))[1]
    bot = thanks_query(post_feedback({"webbplats": "http://spam.example"}))[1]
    keys = [q["k"][0] for q in (plain, danger, bot)]
    assert len(set(keys)) == 3
    assert len({len(k) for k in keys}) == 1


def test_the_result_is_shown_once_then_the_plain_thanks(client, post_feedback):
    response = post_feedback(DANGER_AND_DATA)
    first = client.get(response["Location"]).content.decode()
    assert "kan inte skicka hjälp" in first
    assert "Vi tog bort" in first and "telefonnummer" in first
    # The same address again (Back, history, reload): nothing about what was written.
    again = client.get(response["Location"]).content.decode()
    assert "Tack för ditt svar!" in again
    assert "kan inte skicka hjälp" not in again and "Vi tog bort" not in again


@pytest.mark.parametrize("key", ["", "x", "A" * 22, "eyJkIjp0cnVlfQ:forged:sig", "../" * 10])
def test_an_unknown_or_forged_key_gives_the_plain_thanks(client, feedback_page, key):
    response = client.get(feedback_page.url + "tack/", {"k": key, "s": "eyJkIjp0cnVlfQ"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Tack för ditt svar!" in html and "kan inte skicka hjälp" not in html
    assert "no-cache" in response["Cache-Control"]
