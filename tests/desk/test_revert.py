"""Reverting an improvement to an older revision through Wagtail's revert view: a status step
only when the status really changes, and "status ändrad" kept from the history."""

from datetime import date

import pytest
from django.urls import reverse
from django.utils import timezone

from feedback.models import Improvement, ImprovementStatus, StatusChange
from portal.security.roles import STAFF
from tests.internal.test_improvements import edit_form

pytestmark = pytest.mark.django_db

LONG_AGO = date(2025, 3, 1)


@pytest.fixture
def history(client, user_in_group):
    """Three revisions saved in the admin: proposed, then decided, then a new owner."""
    staff = user_in_group(STAFF)
    client.force_login(staff)
    improvement = Improvement.objects.create(title="Samtalsrum med leksaker")
    url = reverse("wagtailsnippets_feedback_improvement:edit", args=[improvement.pk])
    revisions = []
    for changes in ({"responsible": "Enhetschef"}, {"status": "decided"}, {"responsible": "IT"}):
        current = Improvement.objects.get(pk=improvement.pk)
        assert client.post(url, edit_form(current, **changes)).status_code == 302
        revisions.append(current.revisions.order_by("-pk").first())
    # The decision was long ago.
    Improvement.objects.filter(pk=improvement.pk).update(status_changed_on=LONG_AGO)
    improvement.status_changes.filter(status="decided").update(date=LONG_AGO)
    return improvement, revisions, staff


def revert(client, improvement, revision):
    url = reverse(
        "wagtailsnippets_feedback_improvement:revisions_revert", args=[improvement.pk, revision.pk]
    )
    form = client.get(url)
    assert form.status_code == 200
    return client.post(url, edit_form(revision.as_object()))


def test_revert_with_the_same_status_adds_no_step_and_keeps_the_day(client, history):
    improvement, (_first, decided, _owner), _staff = history
    steps = list(improvement.status_changes.order_by("pk").values_list("status", "date"))
    assert steps[-1] == ("decided", LONG_AGO)
    response = revert(client, improvement, decided)
    assert response.status_code == 302
    improvement.refresh_from_db()
    assert improvement.responsible == "Enhetschef"  # the older revision is back
    assert list(improvement.status_changes.order_by("pk").values_list("status", "date")) == steps
    assert improvement.status_changed_on == LONG_AGO


def test_revert_to_another_status_records_one_true_step(client, history):
    improvement, (proposed, _decided, _owner), staff = history
    before = improvement.status_changes.count()
    assert revert(client, improvement, proposed).status_code == 302
    improvement.refresh_from_db()
    assert improvement.status == ImprovementStatus.PROPOSED
    assert improvement.status_changes.count() == before + 1
    last = StatusChange.objects.filter(improvement=improvement).last()
    assert (last.status, last.date, last.changed_by) == ("proposed", timezone.localdate(), staff)
    assert improvement.status_changed_on == timezone.localdate()
