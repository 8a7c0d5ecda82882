"""The Handläggare's dashboard: new answers with the flagged ones first, overdue improvements."""

import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from feedback.models import FeedbackResponse, Improvement, ImprovementStatus, Status
from portal.security.roles import EDITORS, STAFF

from .visible_text import visible_text

pytestmark = pytest.mark.django_db


def panel_rows(html, panel_id):
    """The table rows of one dashboard panel, as (row HTML, visible text)."""
    start = html.index(f'id="{panel_id}')
    end = html.index("</table>", start)
    rows = re.findall(r"<tr[^>]*>.*?</tr>", html[start:end], re.S)[1:]
    return [(row, visible_text(row)) for row in rows]


def test_flagged_answers_come_first_marked_in_words_and_icon(client, user_in_group):
    today = timezone.localdate()
    flagged = FeedbackResponse.objects.create(
        date=today - timedelta(days=3),
        better_text="Jag vågar inte gå hem i kväll.",
        flagged_danger=True,
    )
    FeedbackResponse.objects.create(date=today, good_text="Bra möte.")
    FeedbackResponse.objects.create(date=today, good_text="Redan läst.", status=Status.READ)
    client.force_login(user_in_group(STAFF))
    html = client.get("/admin/").content.decode()
    rows = panel_rows(html, "desk-new-answers")
    texts = [text for _row, text in rows]
    flagged_rows = [i for i, text in enumerate(texts) if "Behöver uppmärksamhet" in text]
    calm_rows = [i for i, text in enumerate(texts) if "Behöver uppmärksamhet" not in text]
    # Older than the calm answer of today, and still above every unflagged answer.
    assert flagged_rows and calm_rows and max(flagged_rows) < min(calm_rows)
    flagged_row = next(row for row, text in rows if "Jag vågar inte gå hem" in text)
    assert "#icon-warning" in flagged_row and "Behöver uppmärksamhet" in visible_text(flagged_row)
    inspect = reverse("wagtailsnippets_feedback_feedbackresponse:inspect", args=[flagged.pk])
    assert f'href="{inspect}"' in flagged_row
    assert "Redan läst." not in html
    new_count = FeedbackResponse.objects.filter(status=Status.NEW).count()
    assert f"{new_count} nya svar att läsa." in visible_text(html)
    assert any("Bra möte." in text for text in texts)


def test_overdue_improvements_are_listed_with_links(client, user_in_group):
    today = timezone.localdate()
    late = Improvement.objects.create(
        title="Sen förbättring",
        status=ImprovementStatus.IN_PROGRESS,
        planned_date=today - timedelta(days=1),
    )
    Improvement.objects.create(
        title="Klar i tid", status=ImprovementStatus.DONE, planned_date=today - timedelta(days=9)
    )
    Improvement.objects.create(title="Inte än", planned_date=today + timedelta(days=9))
    Improvement.objects.create(title="Planerad i dag", planned_date=today)
    client.force_login(user_in_group(STAFF))
    html = client.get("/admin/").content.decode()
    rows = panel_rows(html, "desk-overdue")
    titles = [text.splitlines()[0] for _row, text in rows]
    expected = list(
        Improvement.objects.overdue().order_by("planned_date", "pk").values_list("title", flat=True)
    )
    assert titles == expected and "Sen förbättring" in titles
    assert not {"Klar i tid", "Inte än", "Planerad i dag"} & set(titles)
    row = next(row for row, text in rows if "Sen förbättring" in text)
    edit = reverse("wagtailsnippets_feedback_improvement:edit", args=[late.pk])
    assert f'href="{edit}"' in row and "Försenad" in visible_text(row)


def test_editors_get_no_desk_panel(client, user_in_group):
    client.force_login(user_in_group(EDITORS))
    html = client.get("/admin/").content.decode()
    assert "desk-new-answers" not in html and "desk-overdue" not in html
    assert "Nya svar från barnen" not in html


def test_the_panel_reads_a_constant_number_of_queries(client, user_in_group):
    client.force_login(user_in_group(STAFF))
    client.get("/admin/")

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/admin/").status_code == 200
        return len(captured)

    before = queries()
    today = timezone.localdate()
    for i in range(15):
        FeedbackResponse.objects.create(good_text=f"svar {i}", flagged_danger=i % 2 == 0)
        Improvement.objects.create(title=f"Sen {i}", planned_date=today - timedelta(days=i + 1))
    assert queries() == before
