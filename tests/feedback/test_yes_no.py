"""The yes/no questions: asked with Ja / Nej / Vet inte, stored in their own fields, read by
staff in words (list, inspect view, filters, summary); the earlier 1–5 answers kept apart."""

import re
from datetime import date

import pytest
from django.db import connection

from feedback.models import ExtraQuestion, FeedbackResponse
from portal.security.roles import STAFF

pytestmark = pytest.mark.django_db

INDEX = "/admin/feedback/responses/"
SUMMARY = "/admin/feedback/summary/"
YES_NO_QUESTIONS = {
    "information_yes_no": "Fick du veta det du behövde veta?",
    "participation_yes_no": "Fick du säga vad du tyckte och vara med och bestämma?",
    "change_yes_no": "Har det blivit bättre för dig?",
    "availability_yes_no": "Var det lätt att få tag på oss när du behövde?",
}


@pytest.fixture
def staff_client(client, user_in_group):
    client.force_login(user_in_group(STAFF))
    return client


def fieldset(html, name):
    match = re.search(rf'<fieldset class="([^"]*)" id="falt-{name}">(.*?)</fieldset>', html, re.S)
    assert match, f"no fieldset for {name}"
    return match.group(1), match.group(2)


def sent(post_feedback, data):
    before = set(FeedbackResponse.objects.values_list("pk", flat=True))
    assert post_feedback(data).status_code == 302
    (response,) = FeedbackResponse.objects.exclude(pk__in=before)
    return response


def test_each_yes_no_question_is_a_fieldset_with_three_answers(client, feedback_page):
    html = client.get(feedback_page.url).content.decode()
    for name, question in YES_NO_QUESTIONS.items():
        css_class, inner = fieldset(html, name)
        assert css_class == "yes-no"
        assert f"<legend>{question}</legend>" in inner
        radios = re.findall(rf'<input type="radio" name="{name}" value="([^"]*)"', inner)
        assert radios == ["ja", "nej", "vet_inte"]
        words = re.findall(r'<span class="yes-no__text">([^<]*)</span>', inner)
        assert words == ["Ja", "Nej", "Vet inte"]
        assert "required" not in inner  # optional, as every question
    css_class, inner = fieldset(html, "treatment")
    assert css_class == "face-scale" and inner.count('type="radio"') == 5
    # The page's extra yes/no question (as on the demo page) is asked the same way.
    question = feedback_page.extra_questions.get(kind=ExtraQuestion.Kind.YES_NO)
    css_class, inner = fieldset(html, question.field_name)
    assert css_class == "yes-no" and f"<legend>{question.question}</legend>" in inner


def test_answers_are_stored_in_the_yes_no_fields_only(post_feedback):
    response = sent(
        post_feedback,
        {
            "information_yes_no": "ja",
            "participation_yes_no": "nej",
            "change_yes_no": "vet_inte",
            "treatment": "4",
        },
    )
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT information_yes_no, participation_yes_no, change_yes_no, "
            "availability_yes_no, treatment, information, participation, change, availability "
            "FROM feedback_feedbackresponse WHERE id = %s",
            [response.pk],
        )
        row = cursor.fetchone()
    assert row == ("ja", "nej", "vet_inte", None, 4, None, None, None, None)


def test_the_earlier_scale_and_unknown_answers_are_not_taken(post_feedback):
    before = FeedbackResponse.objects.count()
    html = post_feedback({"information": "4"}).content.decode()
    assert "Svara på minst en fråga" in html
    html = post_feedback({"change_yes_no": "kanske"}).content.decode()
    _css, inner = fieldset(html, "change_yes_no")
    assert 'class="field-error"' in inner
    assert FeedbackResponse.objects.count() == before


def test_staff_read_the_answers_in_words(staff_client, post_feedback, feedback_page):
    extra = feedback_page.extra_questions.get(kind=ExtraQuestion.Kind.YES_NO)
    response = sent(
        post_feedback,
        {
            "information_yes_no": "vet_inte",
            "availability_yes_no": "nej",
            extra.field_name: "ja",
        },
    )
    FeedbackResponse.objects.filter(pk=response.pk).update(date=date(2102, 3, 4))
    old = FeedbackResponse.objects.create(date=date(2102, 3, 4), information=4)
    period = {"date_from": "2102-03-01", "date_to": "2102-03-31"}

    listing = staff_client.get(INDEX, period).content.decode()
    row = listing[listing.index(f"inspect/{response.pk}/") :].split("</tr>")[0]
    assert re.search(r"<td[^>]*>\s*Vet inte\s*</td>", row)
    assert re.search(r"<td[^>]*>\s*Nej\s*</td>", row)
    assert "vet_inte" not in row and "None" not in row

    only_no = staff_client.get(INDEX, {**period, "availability_yes_no": "nej"}).content.decode()
    assert f"inspect/{response.pk}/" in only_no and f"inspect/{old.pk}/" not in only_no

    inspect = staff_client.get(f"{INDEX}inspect/{response.pk}/").content.decode()
    assert re.search(r"Information\s*</dt>\s*<dd>\s*Vet inte", inspect), inspect
    assert f"{extra.question} Ja" in inspect
    earlier = staff_client.get(f"{INDEX}inspect/{old.pk}/").content.decode()
    assert re.search(r"Information \(tidigare skala 1–5\)\s*</dt>\s*<dd>\s*Bra", earlier)


def year_row(html, year, start=0):
    at = html.index(f'<th scope="row">{year}</th>', start)
    return html[at:].split("</tr>")[0]


def test_summary_counts_ja_nej_vet_inte_with_shares(staff_client):
    for answer, count in (("ja", 5), ("nej", 6), ("vet_inte", 7)):
        for _n in range(count):
            FeedbackResponse.objects.create(date=date(2103, 5, 3), change_yes_no=answer)
    html = staff_client.get(SUMMARY).content.decode()
    row = year_row(html, 2103)
    assert "<li>Ja: 5 (28 %)</li>" in row
    assert "<li>Nej: 6 (33 %)</li>" in row
    assert "<li>Vet inte: 7 (39 %)</li>" in row


def test_summary_keeps_the_earlier_scale_apart(staff_client):
    for rating in (1, 2, 3, 4, 5) * 5:
        FeedbackResponse.objects.create(date=date(2105, 2, 2), information=rating)
    response = staff_client.get(SUMMARY)
    html = response.content.decode()
    information = re.findall(r"<td>(.*?)</td>", year_row(html, 2105), re.S)[1]
    assert "<li>Ja: färre än 5</li>" in information
    assert "Mycket bra" not in information and "Medel" not in information
    earlier_heading = html.index("Svar på den tidigare skalan 1–5")
    earlier = year_row(html, 2105, earlier_heading)
    assert "<strong>Medel: 3,0</strong>" in earlier and "<li>Mycket bra: 5 (20 %)</li>" in earlier
    assert "Information (tidigare skala 1–5)" in html[earlier_heading:]
