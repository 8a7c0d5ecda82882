"""The child's side: the form, redaction, danger help, honeypot, fill time, rate limit."""

import pytest
from django.db import connection
from django.utils import timezone

from feedback.models import FeedbackResponse

pytestmark = pytest.mark.django_db


SEEN = set()


@pytest.fixture(autouse=True)
def existing_responses(db):
    """Ids are random, so "the newest answer" is the one no earlier check has seen."""
    SEEN.clear()
    SEEN.update(FeedbackResponse.objects.values_list("pk", flat=True))


def newest():
    (response,) = FeedbackResponse.objects.exclude(pk__in=SEEN)
    SEEN.add(response.pk)
    return response


def raw_row(pk):
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM feedback_feedbackresponse WHERE id = %s", [pk])
        columns = [col[0] for col in cursor.description]
        return dict(zip(columns, cursor.fetchone(), strict=True))


def test_form_page_explains_anonymity_and_shows_help(client, feedback_page):
    response = client.get(feedback_page.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "ingen kan se vem som har svarat" in html
    assert "Skriv inte namn" in html
    assert "116111" in html and 'href="tel:112"' in html
    assert html.count("Mycket bra") >= 1  # text labels on the face scale
    assert "<legend>Hur blev du bemött?</legend>" in html
    assert html.count(">Vet inte</span>") >= 4  # the yes/no questions in words
    assert "högst 2000 tecken" in html
    assert "no-cache" in response["Cache-Control"]
    assert not response.cookies  # no cookie at all for the child


def test_submission_is_stored_with_week_only_and_thanks(post_feedback, feedback_page):
    before = FeedbackResponse.objects.count()
    response = post_feedback(
        {"treatment": "5", "age_band": "9-12", "good_text": "Hon lyssnade på mig."}
    )
    assert response.status_code == 302
    assert FeedbackResponse.objects.count() == before + 1
    stored = newest()
    assert (stored.treatment, stored.age_band, stored.good_text) == (
        5,
        "9-12",
        "Hon lyssnade på mig.",
    )
    assert stored.page_id == feedback_page.pk
    today = timezone.localdate()
    assert stored.date.weekday() == 0  # the Monday of this week, not the day
    assert 0 <= (today - stored.date).days < 7
    assert not response.cookies


def test_redaction_happens_before_storage_and_child_is_told(client, post_feedback):
    text = (
        "Jag heter 20100512-1234, ring 070-123 45 67 eller +46 8 123 456 78, "
        "mejla kalle.anka@example.se. BRIS 116 111 var bra."
    )
    response = post_feedback({"better_text": text, "good_text": "pnr 1005121234"})
    row = raw_row(newest().pk)
    stored = row["better_text"] + row["good_text"]
    for secret in ("20100512", "1234", "070", "123 45 67", "kalle", "example.se", "1005121234"):
        assert secret not in stored
    assert "[borttaget: personnummer]" in stored
    assert "[borttaget: telefonnummer]" in stored
    assert "[borttaget: e-post]" in stored
    assert "BRIS 116 111 var bra." in stored  # ordinary short numbers stay

    thanks = client.get(response["Location"])
    html = thanks.content.decode()
    assert "Vi tog bort e-postadress, personnummer, telefonnummer innan svaret sparades" in html
    assert "anonyma" in html


def test_danger_words_flag_the_response_and_put_help_first(client, post_feedback, site_settings):
    site_settings.socialjour_phone = "0123-45 67 00"
    site_settings.save()
    response = post_feedback({"better_text": "Jag är RÄDD ATT GÅ HEM, pappa slår mamma."})
    assert newest().flagged_danger is True
    html = client.get(response["Location"]).content.decode()
    help_at = html.index("tel:112")
    assert help_at < html.index("Ditt svar är skickat")
    assert "116111" in html and "tel:0123456700" in html  # BRIS and the socialjour number
    assert "kan inte skicka hjälp" in html


def test_ordinary_text_is_not_flagged_and_gets_plain_thanks(client, post_feedback):
    response = post_feedback({"good_text": "Det var bra att få rita."})
    assert newest().flagged_danger is False
    html = client.get(response["Location"]).content.decode()
    assert "Tack för ditt svar!" in html and "kan inte skicka hjälp" not in html


def test_staff_can_edit_danger_words(post_feedback):
    from feedback.models import DangerWord

    post_feedback({"good_text": "Det luktade bajskorv i rummet."})
    assert newest().flagged_danger is False
    DangerWord.objects.create(word="bajskorv")
    post_feedback({"good_text": "Det luktade Bajskorvar i rummet."})
    assert newest().flagged_danger is True


def test_stored_row_has_no_address_agent_or_time(post_feedback):
    post_feedback(
        {"information_yes_no": "ja", "good_text": "bra"},
        REMOTE_ADDR="203.0.113.77",
        HTTP_USER_AGENT="SecretBrowser/9.1",
    )
    columns = {
        col.name
        for col in connection.introspection.get_table_description(
            connection.cursor(), FeedbackResponse._meta.db_table
        )
    }
    # Exactly the answers, the day, the page and its municipality: nothing about who or when
    # in the day.
    assert columns == {
        "id", "page_id", "municipality_id", "date", "age_band", "contact_kind", "information",
        "participation",
        "treatment", "change", "availability", "information_yes_no", "participation_yes_no",
        "change_yes_no", "availability_yes_no", "good_text", "better_text", "flagged_danger",
        "status",
    }  # fmt: skip
    row = raw_row(newest().pk)
    dumped = repr(row)
    assert "203.0.113" not in dumped and "SecretBrowser" not in dumped
    assert ":" not in str(row["date"])  # a week's Monday, not a time


def test_empty_submission_and_too_long_text_keep_everything_typed(post_feedback):
    before = FeedbackResponse.objects.count()
    response = post_feedback({})
    assert "Svara på minst en fråga" in response.content.decode()

    long_text = "å" * 2001
    response = post_feedback(
        {"good_text": long_text, "better_text": "Mer tid, tack", "participation_yes_no": "nej"}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert FeedbackResponse.objects.count() == before
    assert long_text in html and "Mer tid, tack" in html
    assert 'value="nej" id="id_participation_yes_no_1" checked' in html
    assert "Texten är för lång" in html and "högst 2000 tecken" in html
    assert 'href="#id_good_text"' in html  # the error summary links to the field


def test_honeypot_looks_like_success_but_stores_nothing(post_feedback):
    before = FeedbackResponse.objects.count()
    response = post_feedback({"good_text": "köp billigt", "webbplats": "http://spam.example"})
    assert response.status_code == 302
    assert FeedbackResponse.objects.count() == before


def test_too_fast_or_missing_start_is_not_stored_and_keeps_input(client, post_feedback):
    before = FeedbackResponse.objects.count()
    response = post_feedback({"good_text": "snabbt svar"}, seconds_ago=0)
    html = response.content.decode()
    assert "Det gick lite för fort" in html and "snabbt svar" in html
    response = client.post(response.wsgi_request.path, {"good_text": "utan start"})
    assert "Det gick lite för fort" in response.content.decode()
    assert FeedbackResponse.objects.count() == before


def test_rate_limit_per_client_kept_out_of_the_database(post_feedback, settings):
    settings.FEEDBACK_RATE_LIMIT = 3
    before = FeedbackResponse.objects.count()
    codes = [
        post_feedback({"change_yes_no": "nej"}, REMOTE_ADDR="198.51.100.9").status_code
        for _ in range(5)
    ]
    assert codes == [302, 302, 302, 429, 429]
    assert FeedbackResponse.objects.count() == before + 3
    # Another client is not affected.
    assert post_feedback({"change_yes_no": "nej"}, REMOTE_ADDR="198.51.100.10").status_code == 302


def test_extra_question_answers_are_stored(post_feedback, feedback_page):
    from feedback.models import ExtraQuestion

    yes_no = feedback_page.extra_questions.get(kind=ExtraQuestion.Kind.YES_NO)
    faces = ExtraQuestion.objects.create(
        page=feedback_page, question="Var rummet skönt?", kind=ExtraQuestion.Kind.RATING
    )
    post_feedback({yes_no.field_name: "vet_inte", faces.field_name: "4"})
    answers = {a.question_text: a for a in newest().extra_answers.all()}
    assert (answers[yes_no.question].yes_no, answers[yes_no.question].rating) == ("vet_inte", None)
    assert (answers[faces.question].rating, answers[faces.question].yes_no) == (4, None)


def test_thank_you_page_ignores_a_forged_result(client, feedback_page):
    html = client.get(feedback_page.url + "tack/?s=eyJkIjp0cnVlfQ:forged:sig").content.decode()
    assert "Tack för ditt svar!" in html and "kan inte skicka hjälp" not in html
