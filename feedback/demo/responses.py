"""Demo feedback: the feedback page at /tyck-till/ and about 60 responses over two years.

The answers of the last year give Ja / Nej / Vet inte to the four yes/no questions; the
older ones answered them on the earlier 1–5 scale, as before the change.
"""

import random
from datetime import timedelta

from django.utils import timezone

from feedback.models import (
    ContactKind,
    ExtraQuestion,
    FeedbackPage,
    FeedbackResponse,
    Status,
    Theme,
)
from home.age_bands import AgeBand
from home.demo import get_home_page

GOOD_TEXTS = [
    "Att min socialsekreterare lyssnade på mig.",
    "Jag fick träffa samma person hela tiden.",
    "Det var bra att vi kunde ses på skolan.",
    "Hon förklarade vad som skulle hända.",
    "Jag fick säga vad jag ville utan att mamma var med.",
    "Att jag fick rita när vi pratade.",
    "Han ringde tillbaka när han hade lovat.",
    "Jag fick vara med på mötet.",
    "",
    "",
]
BETTER_TEXTS = [
    "Säg vad som händer sen, jag visste inte det.",
    "Det var för många nya personer.",
    "Svara snabbare när man ringer.",
    "Använd inte så svåra ord.",
    "Fråga mig också, inte bara de vuxna.",
    "Jag ville veta vad som stod om mig.",
    "Mötena var för långa.",
    "",
    "",
]
# A few answers that need attention, as staff would see them (already redacted).
DANGER_TEXTS = [
    "Jag är rädd att gå hem när pappa är arg.",
    "Ibland vill jag skada mig själv.",
    "Han slår mig när ingen ser. Ring [borttaget: telefonnummer]",
]
RESPONSE_COUNT = 60
YES_NO_QUESTIONS = ("information", "participation", "change", "availability")
YES_NO_SINCE_DAYS = 365


YES_NO_WEIGHTS = ("ja", "ja", "ja", "nej", "nej", "vet_inte", "vet_inte")


def rating(rng):
    return rng.choice([None, 2, 3, 4, 4, 5, 5, rng.randint(1, 5)])


def get_or_create_page():
    page = FeedbackPage.objects.filter(slug="tyck-till").first()
    if page:
        return page
    page = FeedbackPage(title="Tyck till", slug="tyck-till")
    page.extra_questions = [
        ExtraQuestion(question="Var det lätt att hitta hit till oss?", kind="yes_no"),
    ]
    get_home_page().add_child(instance=page)
    page.save_revision().publish()
    return page


def load(stdout=None):
    page = get_or_create_page()
    if FeedbackResponse.objects.exists():
        return
    rng = random.Random(4)  # noqa: S311 - demo data, the same every time
    today = timezone.localdate()
    themes = list(Theme.objects.all())
    for index in range(RESPONSE_COUNT):
        danger = index % 20 == 7
        days_ago = rng.randint(0, 2 * 365)
        answers = {"treatment": rating(rng)}
        for name in YES_NO_QUESTIONS:
            if days_ago < YES_NO_SINCE_DAYS:
                answers[f"{name}_yes_no"] = rng.choice([None, *YES_NO_WEIGHTS])
            else:
                answers[name] = rating(rng)
        response = FeedbackResponse.objects.create(
            page=page,
            date=today - timedelta(days=days_ago),
            age_band=rng.choice([*AgeBand.values, AgeBand.TEEN, ""]),
            contact_kind=rng.choice([*ContactKind.values, ContactKind.INVESTIGATION, ""]),
            good_text=rng.choice(GOOD_TEXTS),
            better_text=DANGER_TEXTS[index // 20] if danger else rng.choice(BETTER_TEXTS),
            flagged_danger=danger,
            status=rng.choice([Status.NEW, Status.READ, Status.READ, Status.USED]),
            **answers,
        )
        if themes and rng.random() < 0.5:
            response.themes.add(rng.choice(themes))
