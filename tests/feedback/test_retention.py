import io
from datetime import date, timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from feedback.answers.retention import cutoff_date
from feedback.models import ExtraAnswer, FeedbackResponse

pytestmark = pytest.mark.django_db


def test_cutoff_date_goes_back_whole_months():
    assert cutoff_date(date(2026, 3, 31), 24) == date(2024, 3, 31)
    assert cutoff_date(date(2026, 3, 31), 1) == date(2026, 2, 28)
    assert cutoff_date(date(2024, 3, 31), 1) == date(2024, 2, 29)
    assert cutoff_date(date(2026, 1, 15), 2) == date(2025, 11, 15)
    assert cutoff_date(date(2026, 11, 24), 1) == date(2026, 10, 24)


def test_purge_removes_old_free_text_and_keeps_ratings(settings):
    settings.FEEDBACK_TEXT_RETENTION_MONTHS = 24
    today = timezone.localdate()
    old = FeedbackResponse.objects.create(
        date=today - timedelta(days=800), treatment=4, good_text="gammalt", better_text="mer"
    )
    ExtraAnswer.objects.create(response=old, question_text="Fråga", text="gammalt svar")
    recent = FeedbackResponse.objects.create(
        date=today - timedelta(days=300), treatment=2, good_text="nytt"
    )
    out = io.StringIO()
    call_command("purge_feedback_text", stdout=out)
    old.refresh_from_db()
    recent.refresh_from_db()
    assert (old.good_text, old.better_text, old.treatment) == ("", "", 4)
    assert old.extra_answers.get().text == ""
    assert recent.good_text == "nytt"
    assert not FeedbackResponse.objects.filter(date__lt=cutoff_date()).exclude(good_text="")
    assert "Removed free text" in out.getvalue()
