"""No cookies for readers: nothing on a shared or watched device shows what a child read."""

from django.test import Client

from tests.factories import FeedbackPageFactory, child_info_index


def test_reading_every_public_page_sets_no_cookie(public_urls):
    reader = Client()
    for url in public_urls:
        response = reader.get(url)
        assert response.status_code == 200, url
        assert not response.cookies, f"{url} sets {list(response.cookies)}"
        assert "Set-Cookie" not in response.headers, url
    assert not reader.cookies


def test_the_feedback_form_and_its_answer_set_no_cookie(db):
    from tests.feedback.conftest import started_token

    reader = Client()
    page = FeedbackPageFactory()
    form = reader.get(page.url)
    assert form.status_code == 200 and not form.cookies
    answer = reader.post(f"/svara/{page.pk}/", {"started": started_token(), "treatment": "4"})
    assert answer.status_code == 302 and not answer.cookies
    thanks = reader.get(answer["Location"])
    assert thanks.status_code == 200 and not thanks.cookies
    assert not reader.cookies


def test_a_missing_page_sets_no_cookie(db):
    response = Client().get(f"{child_info_index().url}finns-inte/?alder=5-8")
    assert response.status_code == 404
    assert not response.cookies
