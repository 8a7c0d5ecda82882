"""An improvement's history in the admin: who and which day, a note on every change, and
"Försenad" on items past their planned date."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from feedback.models import Improvement, ImprovementStatus
from portal.security.roles import STAFF
from tests.factories import ImprovementFactory, StaffFactory, ThemeFactory
from tests.internal.test_improvements import edit_form

from .visible_text import visible_text

pytestmark = pytest.mark.django_db


def edit_url(improvement):
    return reverse("wagtailsnippets_feedback_improvement:edit", args=[improvement.pk])


def timeline(html):
    start = html.index('class="timeline"')
    return visible_text(html[start : html.index("</ol>", start)])


def test_a_status_change_in_the_edit_form_keeps_its_note_and_shows_who(client):
    staff = StaffFactory(username="anna", first_name="Anna", last_name="Berg")
    client.force_login(staff)
    improvement = ImprovementFactory(themes=[ThemeFactory()])
    form = client.get(edit_url(improvement)).content.decode()
    assert "Anteckning om ändringen" in visible_text(form)
    response = client.post(
        edit_url(improvement),
        edit_form(improvement, status="in_progress", status_note="Telefonerna är beställda"),
    )
    assert response.status_code == 302
    last = improvement.status_changes.last()
    assert (last.status, last.note, last.changed_by) == (
        "in_progress",
        "Telefonerna är beställda",
        staff,
    )

    steps = timeline(client.get(edit_url(improvement)).content.decode())
    today = timezone.localdate()
    assert f"{today.day} " in steps
    assert "Pågår\n(Anna Berg)\n: Telefonerna är beställda" in steps


def test_a_deleted_user_is_named_as_such(client, user_in_group):
    gone = user_in_group(STAFF, username="slutat")
    improvement = Improvement.objects.create(title="Ny rutin")
    improvement.change_status(ImprovementStatus.DECIDED, user=gone)
    gone.delete()
    client.force_login(user_in_group(STAFF))
    steps = timeline(client.get(edit_url(improvement)).content.decode())
    assert "Beslutad\n(okänd eller borttagen användare)" in steps


def test_the_history_reads_its_users_in_one_query(
    client, user_in_group, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(user_in_group(STAFF))
    improvement = Improvement.objects.create(title="Många steg")
    url = edit_url(improvement)
    client.get(url)

    def count():
        with CaptureQueriesContext(connection) as captured:
            client.get(url)
        return len(captured)

    before = count()
    for i, status in enumerate([ImprovementStatus.DECIDED, ImprovementStatus.IN_PROGRESS] * 3):
        improvement.change_status(status, user=user_in_group(STAFF, username=f"u{i}"))
    assert count() == before


def test_overdue_items_are_flagged_in_the_listing_and_the_edit_view(client, user_in_group):
    today = timezone.localdate()
    late = Improvement.objects.create(
        title="Sen rutin", status=ImprovementStatus.DECIDED, planned_date=today - timedelta(days=2)
    )
    done = Improvement.objects.create(
        title="Klar rutin", status=ImprovementStatus.DONE, planned_date=today - timedelta(days=2)
    )
    client.force_login(user_in_group(STAFF))
    listing = client.get(reverse("wagtailsnippets_feedback_improvement:list")).content.decode()
    rows = {
        title: visible_text(row)
        for title, row in (
            (title, listing[listing.index(title) : listing.index("</tr>", listing.index(title))])
            for title in ("Sen rutin", "Klar rutin")
        )
    }
    assert "Försenad" in rows["Sen rutin"] and "Försenad" not in rows["Klar rutin"]
    assert "Försenad:" in visible_text(client.get(edit_url(late)).content.decode())
    assert "Försenad" not in visible_text(client.get(edit_url(done)).content.decode())
