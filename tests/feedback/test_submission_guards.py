"""Bad input to the feedback form gets a clear Swedish answer, never a 5xx or a stored row."""

import re
import socket
from urllib.parse import urlencode

import pytest
from django.db import connection

from feedback.models import FeedbackResponse
from tests.factories import english_home

from .conftest import started_token

pytestmark = pytest.mark.django_db

URLENCODED = "application/x-www-form-urlencoded"


def submit_url(page):
    return f"/svara/{page.pk}/"


def fresh_token(html):
    return re.search(r'name="started" value="([^"]+)"', html).group(1)


def test_ids_out_of_range_are_not_found_in_other_languages_either(client):
    english_home()
    assert client.post(f"/en/svara/{2**64}/", {"good_text": "hej"}).status_code == 404


@pytest.mark.parametrize("page_id", [2**63 - 1, 2**63, 2**64, 2**64 + 1, 10**30, int("9" * 400), 0])
def test_ids_out_of_range_are_not_found(client, page_id):
    response = client.post(f"/svara/{page_id}/", {"good_text": "hej"})
    assert response.status_code == 404
    assert "Sidan finns inte" in response.content.decode()
    assert client.get(f"/svara/{page_id}/").status_code in (404, 405)  # 405: POST only


@pytest.mark.parametrize(
    "path",
    [
        "/" + "a" * 20_000 + "/",
        "/tyck-till/" + "x/" * 3_000,
        "/tyck-till/tack/" + "é" * 5_000 + "/",
        "/" + "9" * 400 + "/",
        "/tyck-till/%00/",
        "/%ff%fe/",
    ],
)
def test_huge_or_odd_page_paths_are_not_found(client, feedback_page, path):
    """Also below the feedback page (/tyck-till/) and its thank-you page."""
    assert client.get(path).status_code == 404


def test_a_body_bigger_than_any_real_answer_is_refused_before_reading(client, feedback_page):
    before = FeedbackResponse.objects.count()
    # Declared 50 MB: refused from the header alone.
    response = client.post(
        submit_url(feedback_page),
        "good_text=x",
        content_type=URLENCODED,
        CONTENT_LENGTH=str(50 * 1024 * 1024),
    )
    assert response.status_code == 413
    html = response.content.decode()
    assert "Svaret är för stort" in html and "högst 2000 tecken" in html
    assert f'href="{feedback_page.url}"' in html
    # A real 5 MB body too.
    big = urlencode({"started": started_token(), "good_text": "å" * (5 * 1024 * 1024)})
    assert client.post(submit_url(feedback_page), big, content_type=URLENCODED).status_code == 413
    assert FeedbackResponse.objects.count() == before
    assert not response.cookies


def test_the_limit_is_exact_and_follows_the_page_fields(client, feedback_page):
    from feedback.answers.submission_guards import body_limit

    limit = body_limit(feedback_page)
    extras = feedback_page.extra_questions.count()
    assert feedback_page.extra_questions.filter(kind="text").count() == 0  # as the demo page
    assert limit == 2 * 2000 * 12 + 8 * 1024 + 256 * extras
    url = submit_url(feedback_page)
    prefix = f"started={started_token()}&good_text=".encode()
    for size, refused in ((limit, False), (limit + 1, True)):
        body = prefix + b"a" * (size - len(prefix))
        response = client.post(url, body, content_type=URLENCODED)
        assert (response.status_code == 413) is refused
        assert response.status_code < 500
    feedback_page.extra_questions.create(question="Vad mer?", kind="text")
    assert body_limit(feedback_page) == limit + 500 * 12 + 256


def test_the_longest_real_answer_fits_the_limit(client, feedback_page):
    """Both texts at 2000 four-byte characters, percent-encoded, still get through."""
    text = "😀" * 2000
    longest = {"text": "🙂" * 500, "rating": "3", "yes_no": "vet_inte"}
    extras = {q.field_name: longest[q.kind] for q in feedback_page.extra_questions.all()}
    body = urlencode({"started": started_token(), "good_text": text, "better_text": text, **extras})
    assert len(body) > 2 * 2000 * 12  # each character takes 12 bytes on the wire
    response = client.post(submit_url(feedback_page), body, content_type=URLENCODED)
    assert response.status_code == 302
    assert FeedbackResponse.objects.filter(good_text=text, better_text=text).count() == 1


def test_a_post_without_a_length_is_refused_unread(client, feedback_page):
    response = client.post(
        submit_url(feedback_page),
        urlencode({"started": started_token(), "good_text": "hej"}),
        content_type=URLENCODED,
        CONTENT_LENGTH="",
        HTTP_TRANSFER_ENCODING="chunked",
    )
    assert response.status_code == 411
    assert "Svaret kom inte fram" in response.content.decode()


@pytest.fixture(scope="module")
def database_kept(django_db_blocker):
    """What the database held before the live server's test (what the migrations made: the
    default site and its home page, the groups, the first municipality), put back after it.

    That test commits, and its teardown empties every table; the tests that run after it (the
    demo's, which load the demo on top of the default site) need those rows. Module scope: put
    back after the test's own teardown has emptied the tables (serialized_rollback keeps that
    flush from making new content types and permissions, which would clash with these).
    """
    with django_db_blocker.unblock():
        contents = connection.creation.serialize_db_to_string()
    yield
    with django_db_blocker.unblock():
        connection.creation.deserialize_db_from_string(contents)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_chunked_body_over_real_http_is_refused(database_kept, live_server, feedback_page):
    """A raw chunked post, as a script would send it, to the running server."""
    host, port = live_server.thread.host, live_server.thread.port
    chunk = b"good_text=" + b"a" * 70_000
    request = (
        (
            f"POST /svara/{feedback_page.pk}/ HTTP/1.1\r\nHost: {host}:{port}\r\n"
            f"Content-Type: {URLENCODED}\r\nTransfer-Encoding: chunked\r\n"
            "Connection: close\r\n\r\n"
        ).encode()
        + f"{len(chunk):x}\r\n".encode()
        + chunk
        + b"\r\n0\r\n\r\n"
    )
    with socket.create_connection((host, port), timeout=10) as sock:
        sock.sendall(request)
        reply = b""
        while data := sock.recv(65536):
            reply += data
    status_line, _, rest = reply.partition(b"\r\n")
    assert status_line.split()[1] in (b"411", b"413")
    assert "Svaret" in rest.decode("utf-8", "replace")
    assert not FeedbackResponse.objects.filter(good_text__startswith="aaa").exists()


def test_one_start_token_stores_one_answer(client, feedback_page, settings):
    settings.FEEDBACK_MIN_FILL_SECONDS = 0  # the fresh token below is sent at once
    before = FeedbackResponse.objects.count()
    token = started_token()
    data = {"started": token, "good_text": "Jag fick säga vad jag tyckte.", "treatment": "4"}
    first = client.post(submit_url(feedback_page), data)
    second = client.post(submit_url(feedback_page), data)
    assert first.status_code == 302
    assert second.status_code == 200
    assert FeedbackResponse.objects.count() == before + 1
    html = second.content.decode()
    assert "redan skickats" in html and "Jag fick säga vad jag tyckte." in html
    assert 'value="4" id="id_treatment_3" checked' in html
    new_token = fresh_token(html)
    assert new_token != token
    # The fresh token in the page sends a new answer once.
    third = client.post(submit_url(feedback_page), {**data, "started": new_token})
    assert third.status_code == 302
    assert FeedbackResponse.objects.count() == before + 2
    assert not (first.cookies or second.cookies or third.cookies)


def test_many_posts_with_one_token_store_one_answer(client, feedback_page, settings):
    settings.FEEDBACK_RATE_LIMIT = 1000
    before = FeedbackResponse.objects.count()
    data = {"started": started_token(), "treatment": "5"}
    codes = [client.post(submit_url(feedback_page), data).status_code for _ in range(20)]
    assert codes == [302] + [200] * 19
    assert FeedbackResponse.objects.count() == before + 1


def test_an_old_style_or_forged_token_is_not_accepted(client, feedback_page):
    from django.core import signing

    from feedback.answers.form import STARTED_SALT

    before = FeedbackResponse.objects.count()
    for token in (
        signing.dumps(1_700_000_000, salt=STARTED_SALT),  # start time only, no nonce
        signing.dumps([1_700_000_000, ""], salt=STARTED_SALT),
        signing.dumps({"a": 1}, salt=STARTED_SALT),
        "forged",
    ):
        response = client.post(submit_url(feedback_page), {"started": token, "treatment": "5"})
        assert response.status_code == 200 and "Det gick lite för fort" in response.content.decode()
    assert FeedbackResponse.objects.count() == before


@pytest.mark.parametrize(
    ("headers", "allowed"),
    [
        ({}, True),
        ({"HTTP_SEC_FETCH_SITE": "same-origin"}, True),
        ({"HTTP_SEC_FETCH_SITE": "same-origin", "HTTP_ORIGIN": "null"}, True),
        ({"HTTP_SEC_FETCH_SITE": "none"}, True),
        ({"HTTP_SEC_FETCH_SITE": "cross-site"}, False),
        ({"HTTP_SEC_FETCH_SITE": "cross-site", "HTTP_ORIGIN": "null"}, False),
        ({"HTTP_SEC_FETCH_SITE": "same-site", "HTTP_ORIGIN": "https://x.testserver"}, False),
        ({"HTTP_ORIGIN": "null"}, True),
        ({"HTTP_ORIGIN": "http://testserver"}, True),
        ({"HTTP_ORIGIN": "https://evil.example"}, False),
        ({"HTTP_ORIGIN": "http://testserver.evil.example"}, False),
        ({"HTTP_ORIGIN": "https://testserver"}, False),  # another scheme is another origin
    ],
)
def test_cross_site_posts_are_refused_without_a_cookie(client, feedback_page, headers, allowed):
    before = FeedbackResponse.objects.count()
    response = client.post(
        submit_url(feedback_page), {"started": started_token(), "good_text": "hej"}, **headers
    )
    assert not response.cookies
    if allowed:
        assert response.status_code == 302
        assert FeedbackResponse.objects.count() == before + 1
    else:
        assert response.status_code == 403
        html = response.content.decode()
        assert "Svaret kunde inte tas emot" in html and "vår egen webbplats" in html
        assert FeedbackResponse.objects.count() == before
