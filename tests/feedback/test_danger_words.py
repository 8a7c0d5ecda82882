"""Danger words are found however a child spells them, and staff's filter then sees the answer."""

import pytest

from feedback.answers.danger_words import contains_danger
from feedback.models import FeedbackResponse
from portal.security.roles import STAFF

pytestmark = pytest.mark.django_db

# (what the child typed, which kind of variant it is)
VARIANTS = [
    ("Pappa slår mig när han är full.", "as the list has it"),
    ("pappa slar mig", "without å"),
    ("jag vill do", "without ö"),
    ("Jag är RADD ATT GA HEM", "phrase without å/ä, in capitals"),
    ("han sla\u030ar mig", "decomposed å (a + combining ring)"),
    ("jag vill do\u0308", "decomposed ö"),
    ("han sl\u200bår mig", "zero-width space inside the word"),
    ("jag vill\u00a0\u2060dö", "no-break space and word joiner"),
    ("Pappa slåår mig", "doubled letter"),
    ("jag har blivit mishandlad", "a doubled letter written once"),
    ("jag tänker på sjelvmord", "one letter wrong (e for ä)"),
    ("jag tänker på självmort", "one letter wrong at the end"),
    ("jag tänker på sjävmord", "one letter missing"),
    ("han misshandlde mamma", "one letter missing in the ending's stem"),
    ("mamma sparkadde mig", "doubled letter in the ending"),
    ("han tafsar på mig", "plain stem"),
    ("Han har en KNIV", "capitals"),
    ("jag är ｒäｄｄ ａｔｔ ｇå ｈｅｍ", "full-width letters"),
    ("jag vågar inte gå hem", "phrase as the list has it"),
    ("jag vagar inte ga hem", "phrase without å"),
    ("jag är instangd", "without ä"),
    ("det var valdtakt", "without å and ä"),
    ("Han hotadde mig", "doubled letter"),
]

HARMLESS = [
    "Det var bra att få rita.",
    "Jag valde själv var vi skulle ses.",
    "Hon var väldigt snäll och lyssnade.",
    "Jag blev vald till klassråd.",
    "Han är lite slarvig med tiderna.",
    "Vi sparar pengar till en resa.",
    "Mamma sparade alla papper.",
    "Jag hittade inte rummet först.",
    "Det var en bra slogan på affischen.",
    "Jag vill dock träffas oftare.",
    "Ni borde ha mer tid för barn.",
    "Vi spelade spel och drack saft.",
    "Katten tassade runt i rummet.",
    "Han hostade hela mötet.",
    "Vi lyssnade på musik och hade kul.",
    "Hon hatade inte mig, hon var trött.",
    "Vi skrev ett kort till mormor.",
    "Det var skönt att prata.",
    "Jag fick åka buss hem själv.",
    "Slottet var stort och fint.",
    "Jag vill gärna komma tillbaka.",
    "Jag blev glad när ni ringde.",
]


@pytest.mark.parametrize(("text", "kind"), VARIANTS)
def test_spelling_variants_are_found(text, kind):
    assert contains_danger(text), kind


@pytest.mark.parametrize("text", HARMLESS)
def test_ordinary_sentences_are_not_flagged(text):
    assert not contains_danger(text)


def test_a_word_staff_add_is_read_loosely_too():
    words = ["bajskorv", "rädd för"]
    assert contains_danger("det luktade BAJSKORVAR", words)
    assert contains_danger("det luktade bajskoorv", words)
    assert contains_danger("jag är radd for honom", words)
    assert not contains_danger("det luktade korv", words)


def test_loosely_read_answers_are_flagged_and_reach_staffs_filter(
    post_feedback, client, user_in_group
):
    texts = ["pappa slar mig", "jag vill do", "han sl\u200bår mig", "jag vill do\u0308"]
    before = set(FeedbackResponse.objects.values_list("pk", flat=True))
    for text in texts:
        post_feedback({"better_text": text})
    calm = post_feedback({"good_text": "Jag valde själv, det var väldigt bra."})
    assert calm.status_code == 302
    # Ids are random, so the calm answer is found by its text, not by being the newest.
    added = FeedbackResponse.objects.exclude(pk__in=before)
    calm_answer = added.get(good_text__startswith="Jag valde")
    newest = [calm_answer] + list(added.exclude(pk=calm_answer.pk))
    assert [r.flagged_danger for r in newest] == [False, True, True, True, True]

    client.force_login(user_in_group(STAFF))
    html = client.get("/admin/feedback/responses/", {"flagged_danger": "true"}).content.decode()
    for response in newest[1:]:
        assert f"inspect/{response.pk}/" in html
    assert f"inspect/{newest[0].pk}/" not in html
