"""Improvements: a dated status history on every change, many statuses changed at once."""

from datetime import date

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.test.utils.form_data import nested_form_data, rich_text

from feedback.models import Improvement, ImprovementStatus, StatusChange
from tests.factories import (
    FeedbackResponseFactory,
    FindingFactory,
    ImprovementFactory,
    ThemeFactory,
    YearlyReportPageFactory,
    internal_section,
)

pytestmark = pytest.mark.django_db

HISTORY = [
    ("proposed", date(2019, 11, 14)),
    ("decided", date(2019, 12, 10)),
    ("in_progress", date(2020, 1, 15)),
    ("done", date(2020, 4, 1)),
]


def test_history_is_a_dated_timeline(client, user_in_group):
    improvement = ImprovementFactory(history=HISTORY, themes=[ThemeFactory()])
    steps = list(improvement.status_changes.values_list("status", "date"))
    assert steps == HISTORY
    assert improvement.done_date == date(2020, 4, 1)
    client.force_login(user_in_group("Politiker"))
    html = client.get(f"{internal_section().url}forbattringar/").content.decode()
    assert '<time datetime="2019-12-10">10 december 2019</time>' in html


def test_every_status_change_is_recorded_and_nothing_else():
    improvement = Improvement.objects.create(title="Ny idé")
    assert list(improvement.status_changes.values_list("status", flat=True)) == ["proposed"]
    improvement.responsible = "Enhetschef"
    improvement.save()
    assert improvement.status_changes.count() == 1
    improvement.status = ImprovementStatus.IN_PROGRESS
    improvement.save()
    fresh = Improvement.objects.get(pk=improvement.pk)
    fresh.change_status(ImprovementStatus.DONE, note="Klart i tid")
    assert list(fresh.status_changes.values_list("status", "note")) == [
        ("proposed", ""),
        ("in_progress", ""),
        ("done", "Klart i tid"),
    ]
    fresh.refresh_from_db()
    assert fresh.done_date == timezone.localdate()  # the day it was marked done


def edit_form(improvement, **changes):
    data = {
        "title": improvement.title,
        "description": rich_text(improvement.description),
        "child_summary": improvement.child_summary,
        "show_to_children": improvement.show_to_children,
        "themes": ", ".join(f'"{t.name}"' for t in improvement.themes.all()),
        "origin": improvement.origin,
        "finding": improvement.finding_id or "",
        "responsible": improvement.responsible,
        "status": improvement.status,
        "planned_date": improvement.planned_date or "",
        "done_date": improvement.done_date or "",
        **changes,
    }
    return {k: v for k, v in nested_form_data(data).items() if v is not False}


def test_edit_view_records_who_changed_the_status(client, user_in_group):
    staff = user_in_group("Handläggare")
    client.force_login(staff)
    improvement = ImprovementFactory(history=HISTORY[:2], themes=[ThemeFactory()])
    url = reverse("wagtailsnippets_feedback_improvement:edit", args=[improvement.pk])
    response = client.post(url, edit_form(improvement, status="in_progress"))
    assert response.status_code == 302, response.content.decode()[:2000]
    last = improvement.status_changes.last()
    assert (last.status, last.changed_by, last.date) == ("in_progress", staff, date.today())
    assert improvement.revisions.count() == 2
    # Saving again without a new status adds no step.
    client.post(url, edit_form(Improvement.objects.get(pk=improvement.pk), responsible="IT"))
    assert improvement.status_changes.count() == 3


def test_edit_view_shows_the_history_and_readability(client, user_in_group):
    client.force_login(user_in_group("Handläggare"))
    improvement = ImprovementFactory(history=HISTORY)
    html = client.get(
        reverse("wagtailsnippets_feedback_improvement:edit", args=[improvement.pk])
    ).content.decode()
    assert '<time datetime="2020-01-15">' in html
    assert "LIX" in html


def test_bulk_action_changes_many_statuses_at_once_with_history(client, user_in_group):
    staff = user_in_group("Handläggare")
    client.force_login(staff)
    extra = [Improvement.objects.create(title=f"Förslag {n}") for n in range(30)]
    ids = [i.pk for i in extra]
    url = reverse("wagtail_bulk_action", args=("feedback", "improvement", "change_status"))
    query = "&".join(f"id={pk}" for pk in ids)
    confirm = client.get(f"{url}?{query}")
    assert "30 förbättringar är valda." in confirm.content.decode()
    response = client.post(f"{url}?{query}", {"status": "decided", "note": "Beslut i ledningen"})
    assert response.status_code == 302
    for improvement in Improvement.objects.filter(pk__in=ids):
        assert improvement.status == "decided"
        assert improvement.latest_revision.content["status"] == "decided"
    changes = StatusChange.objects.filter(improvement__in=ids, status="decided")
    assert changes.count() == 30
    assert set(changes.values_list("changed_by", "note")) == {(staff.pk, "Beslut i ledningen")}


def test_bulk_action_is_refused_without_permission(client, user_in_group):
    client.force_login(user_in_group("Redaktörer"))
    improvement = ImprovementFactory()
    url = reverse("wagtail_bulk_action", args=("feedback", "improvement", "change_status"))
    client.post(f"{url}?id={improvement.pk}", {"status": "closed"})
    assert Improvement.objects.get(pk=improvement.pk).status == ImprovementStatus.PROPOSED


def test_answers_can_be_linked_to_an_improvement(client, user_in_group):
    from feedback.models import FeedbackResponse

    client.force_login(user_in_group("Handläggare"))
    improvement = ImprovementFactory()
    FeedbackResponseFactory.create_batch(5)
    answers = list(FeedbackResponse.objects.order_by("pk")[:3])
    url = reverse("wagtail_bulk_action", args=("feedback", "feedbackresponse", "link_improvement"))
    query = "&".join(f"id={a.pk}" for a in answers)
    response = client.post(f"{url}?{query}", {"improvement": improvement.pk})
    assert response.status_code == 302
    assert set(improvement.responses.all()) == set(answers)


def test_a_matrix_row_offers_to_add_a_proposal_with_the_row_chosen(client, user_in_group):
    from feedback.models import Finding

    client.force_login(user_in_group("Handläggare"))
    finding = FindingFactory(theme=ThemeFactory(name="Om att bli intervjuad"))
    report = finding.page
    ImprovementFactory(finding=finding, title="Tid för barnets egna frågor efter intervjun")
    findings_before = Finding.objects.count()
    editor = client.get(f"/admin/pages/{report.pk}/edit/").content.decode()
    add_url = reverse("wagtailsnippets_feedback_improvement:add") + f"?finding={finding.pk}"
    assert add_url in editor
    assert "Tid för barnets egna frågor efter intervjun" in editor
    form = client.get(add_url).content.decode()
    assert f'<option value="{finding.pk}" selected>' in form
    assert "Om att bli intervjuad" in form
    assert Finding.objects.count() == findings_before  # opening the forms adds no row


def test_staff_can_add_a_theme_of_their_own(client, user_in_group):
    from feedback.models import Theme

    client.force_login(user_in_group("Handläggare"))
    url = reverse("wagtailsnippets_feedback_theme:add")
    response = client.post(url, {"name": "Om skolan", "description": "Det barnen sa om skolan."})
    assert response.status_code == 302
    assert Theme.objects.get(name="Om skolan").slug == "om-skolan"


def test_the_edit_form_reads_the_matrix_rows_in_one_query(client, user_in_group):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from feedback.models import Finding

    client.force_login(user_in_group("Handläggare"))
    # One row first: an empty matrix would skip the queries that read the rows.
    report = YearlyReportPageFactory()
    theme = ThemeFactory()
    Finding.objects.create(page=report, theme=theme, children_said="Första", general_finding="-")
    url = reverse("wagtailsnippets_feedback_improvement:add")
    client.get(url)
    with CaptureQueriesContext(connection) as before:
        client.get(url)
    for n in range(10):
        Finding.objects.create(page=report, theme=theme, children_said=f"{n}", general_finding="-")
    with CaptureQueriesContext(connection) as after:
        client.get(url)
    assert len(after) == len(before)
