"""Answers cannot be put in the order they came: not by id, not by how the table is stored,
not by the staff listing; and existing answers are renumbered with every link kept."""

import importlib
import re
from datetime import date, timedelta
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.db import connection

from feedback.answers.storage_order import scatter
from feedback.models import ExtraAnswer, FeedbackResponse, ResponseTheme, Theme
from feedback.models.random_ids import RANDOM_ID_LIMIT
from portal.security.roles import STAFF
from tests.factories import ImprovementFactory

pytestmark = pytest.mark.django_db

COUNT = 30


def spearman(order):
    """Rank correlation of creation index against position: 1.0 for sequential ids."""
    n = len(order)
    ranks = {value: rank for rank, value in enumerate(sorted(order))}
    d2 = sum((index - ranks[value]) ** 2 for index, value in enumerate(order))
    return 1 - 6 * d2 / (n * (n * n - 1))


def assert_not_in_creation_order(created, listed):
    """``listed`` (ids in some stored or shown order) must not follow ``created``."""
    position = {pk: i for i, pk in enumerate(pk for pk in listed if pk in set(created))}
    assert len(position) == len(created)
    order = [position[pk] for pk in created]
    assert order != sorted(order) and order != sorted(order, reverse=True)
    assert abs(spearman(order)) < 0.9  # a random order: |rho| > 0.9 has p < 1e-6


@pytest.fixture
def answers_in_sequence(post_feedback, feedback_page, settings):
    """COUNT answers sent one after the other through the form, ids in creation order."""
    settings.FEEDBACK_RATE_LIMIT = 1000
    question = feedback_page.extra_questions.first()
    answer = {"rating": "3", "yes_no": "vet_inte"}[question.kind]
    seen = set(FeedbackResponse.objects.values_list("pk", flat=True))
    created = []
    for index in range(COUNT):
        response = post_feedback({"good_text": f"svar nummer {index}", question.field_name: answer})
        assert response.status_code == 302
        (new,) = FeedbackResponse.objects.exclude(pk__in=seen).values_list("pk", flat=True)
        seen.add(new)
        created.append(new)
    return created


def test_sequential_ids_would_fail_the_check():
    with pytest.raises(AssertionError):
        assert_not_in_creation_order(list(range(1, COUNT + 1)), list(range(1, COUNT + 1)))


def test_ids_do_not_sort_in_creation_order(answers_in_sequence):
    created = answers_in_sequence
    assert_not_in_creation_order(created, sorted(created))
    assert all(0 < pk < RANDOM_ID_LIMIT for pk in created)  # exact in JavaScript too
    extra_ids = [
        ExtraAnswer.objects.get(response_id=pk).pk for pk in created
    ]  # one extra answer per response, in creation order
    assert_not_in_creation_order(extra_ids, sorted(extra_ids))
    # Staff theming the answers as they come: the theme links do not keep that order either.
    theme = Theme.objects.first()
    for pk in created:
        FeedbackResponse.objects.get(pk=pk).themes.add(theme)
    links = [ResponseTheme.objects.get(content_object_id=pk, tag=theme).pk for pk in created]
    assert_not_in_creation_order(links, sorted(links))


def stored_order(table, column):
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT * FROM {table}")  # noqa: S608 - no ORDER BY on purpose
        names = [c[0] for c in cursor.description]
        unordered = [row[names.index(column)] for row in cursor.fetchall()]
        cursor.execute(f"SELECT * FROM {table} ORDER BY id")  # noqa: S608
        by_id = [row[names.index(column)] for row in cursor.fetchall()]
    return unordered, by_id


def test_a_dump_of_the_tables_does_not_follow_creation_order(answers_in_sequence):
    created = answers_in_sequence
    # SQLite stores rows by the random id (the rowid); PostgreSQL needs the nightly rewrite.
    assert scatter() is (connection.vendor == "postgresql")
    for listed in stored_order("feedback_feedbackresponse", "id"):
        assert_not_in_creation_order(created, listed)
    extras = {ExtraAnswer.objects.get(response_id=pk).pk: pk for pk in created}
    for listed in stored_order("feedback_extraanswer", "id"):
        assert_not_in_creation_order(created, [extras[pk] for pk in listed if pk in extras])


def test_the_staff_listing_and_export_do_not_follow_creation_order(
    answers_in_sequence, client, user_in_group
):
    created = answers_in_sequence
    client.force_login(user_in_group(STAFF))
    week = FeedbackResponse.objects.get(pk=created[0]).date
    params = {"date_from": week.isoformat(), "date_to": (week + timedelta(days=6)).isoformat()}
    html = client.get("/admin/feedback/responses/", {**params, "per_page": 100}).content.decode()
    shown = [int(pk) for pk in re.findall(r"/admin/feedback/responses/inspect/(\d+)/", html)]
    assert_not_in_creation_order(created, list(dict.fromkeys(shown)))
    assert "vecka" in html
    export = client.get("/admin/feedback/responses/", {**params, "export": "csv"})
    rows = b"".join(export.streaming_content).decode().splitlines()[1:]
    assert_not_in_creation_order(created, [int(row.split(";")[0]) for row in rows])


def test_answers_are_stored_by_week_everywhere(post_feedback):
    wednesday = date(2026, 11, 25)
    response = FeedbackResponse.objects.create(date=wednesday, good_text="x")
    assert response.date == date(2026, 11, 23)
    response.refresh_from_db()
    assert response.date == date(2026, 11, 23)
    assert str(response.week_label) == "vecka 48, 2026"
    # The ISO week 1 of 2026 starts on Monday 29 December 2025.
    assert str(FeedbackResponse.objects.create(date=date(2026, 1, 1)).week_label) == (
        "vecka 1, 2026"
    )


def test_existing_answers_get_random_ids_and_keep_every_link(user_in_group):
    """The data migration on rows with old sequential ids, extra answers, themes and links."""
    migration = importlib.import_module("feedback.migrations.0009_shuffle_existing_ids_and_weeks")
    theme = Theme.objects.first()
    improvement = ImprovementFactory()
    old_ids = list(range(1, COUNT + 1))
    days = [date(2025, 3, 3) + timedelta(days=i) for i in range(COUNT)]  # Monday 3 March on
    for pk, day in zip(old_ids, days, strict=True):
        FeedbackResponse.objects.bulk_create(
            [FeedbackResponse(id=pk, date=day, good_text=f"m{pk}")]
        )
        ExtraAnswer.objects.create(id=pk, response_id=pk, question_text="q", text=f"e{pk}")
        if pk % 3 == 0:
            ResponseTheme.objects.create(id=pk, tag=theme, content_object_id=pk)
        if pk % 5 == 0:
            improvement.responses.add(pk)
    kept_links = improvement.responses.count()
    theme_link_ids = list(
        ResponseTheme.objects.filter(content_object_id__in=old_ids).values_list("pk", flat=True)
    )
    assert len(theme_link_ids) == COUNT // 3

    migration.renumber(apps, SimpleNamespace(connection=connection))
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # the deferred foreign keys
    else:
        connection.check_constraints()

    assert not FeedbackResponse.objects.filter(pk__in=old_ids).exists()
    assert not ExtraAnswer.objects.filter(pk__in=old_ids).exists()
    assert not ResponseTheme.objects.filter(pk__in=theme_link_ids).exists()
    new_ids = []
    for pk, day in zip(old_ids, days, strict=True):
        response = FeedbackResponse.objects.get(good_text=f"m{pk}")
        new_ids.append(response.pk)
        assert response.date == day - timedelta(days=day.weekday())
        assert [a.text for a in response.extra_answers.all()] == [f"e{pk}"]
        assert list(response.themes.all()) == ([theme] if pk % 3 == 0 else [])
        assert response.improvements.filter(pk=improvement.pk).exists() == (pk % 5 == 0)
    assert improvement.responses.count() == kept_links
    assert_not_in_creation_order(new_ids, sorted(new_ids))
