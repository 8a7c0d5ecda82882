"""Retention: free text older than FEEDBACK_TEXT_RETENTION_MONTHS is removed; ratings stay."""

import calendar
from datetime import date

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from feedback.models import ExtraAnswer, FeedbackResponse


def cutoff_date(today=None, months=None):
    """The first day whose free text is still kept (same day of month, months back)."""
    today = today or timezone.localdate()
    months = settings.FEEDBACK_TEXT_RETENTION_MONTHS if months is None else months
    year, month = divmod(today.year * 12 + today.month - 1 - months, 12)
    month += 1
    day = min(today.day, calendar.monthrange(year, month)[1])
    return date(year, month, day)


@transaction.atomic
def purge_old_text(today=None, months=None):
    """Blank the free text of older responses; returns the number of responses changed."""
    cutoff = cutoff_date(today, months)
    old = FeedbackResponse.objects.filter(date__lt=cutoff)
    with_text = old.exclude(good_text="", better_text="")
    count = with_text.update(good_text="", better_text="")
    ExtraAnswer.objects.filter(response__date__lt=cutoff).exclude(text="").update(text="")
    return count
