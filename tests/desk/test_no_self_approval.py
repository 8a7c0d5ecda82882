"""No approving your own submission: the reviewer must be someone else in the group, for a
public page (Redaktörer) and for a yearly report (Handläggare)."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from home.review import PeerReviewTask
from portal.security.roles import EDITORS, STAFF
from tests.factories import ChildInfoIndexPageFactory, YearlyReportPageFactory
from tests.internal.test_yearly_report import edit_data

pytestmark = pytest.mark.django_db


def index_page_form(page, action):
    data = nested_form_data(
        {
            "title": page.title + " (ny version)",
            "intro": rich_text("<p>Här får du veta hur socialtjänsten arbetar.</p>"),
            "slug": page.slug,
            "seo_title": "",
            "search_description": "",
            "comments": inline_formset([]),
        }
    )
    data[action] = "1"
    return data


def report_form(report, action):
    quotes = [("Bra att få vara med.", True)]
    data = edit_data(report, quotes, action, title=report.title + " (ny version)")
    data.update(nested_form_data({"comments": inline_formset([])}))
    return data


def submit_and_review(client, page, form, submitter, colleague):
    """The submitter sends the page for review in the admin; then each tries to approve it."""
    edit = reverse("wagtailadmin_pages:edit", args=[page.pk])
    client.force_login(submitter)
    submitted = client.post(edit, form(page, "action-submit"))
    assert submitted.status_code == 302, submitted.content.decode()[-3000:]
    page.refresh_from_db()
    state = page.current_workflow_state
    assert state is not None and state.requested_by == submitter
    task_state = state.current_task_state
    assert isinstance(task_state.task.specific, PeerReviewTask)
    approve = reverse(
        "wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]
    )
    live_before = page.live_revision_id

    # The submitter is offered no review action, and a POST of one is refused.
    own = client.get(edit).content.decode()
    assert 'data-workflow-action-name="approve"' not in own
    refused = client.post(approve)
    # Wagtail's admin answers a refused action by sending the user to the dashboard.
    assert refused.status_code == 403 or refused.url == reverse("wagtailadmin_home")
    forged = dict(form(page, "action-workflow-action"), **{"workflow-action-name": "approve"})
    client.post(edit, forged)
    page.refresh_from_db()
    assert page.live_revision_id == live_before
    assert page.current_workflow_state is not None

    # Someone else in the group may approve, and the page is published.
    client.force_login(colleague)
    theirs = client.get(edit).content.decode()
    assert 'data-workflow-action-name="approve"' in theirs
    response = client.post(approve)
    assert response.status_code in (200, 302)
    page.refresh_from_db()
    assert page.current_workflow_state is None
    assert page.live_revision_id != live_before
    assert page.title.endswith("(ny version)")


def test_an_editor_cannot_approve_their_own_page(client, user_in_group):
    page = ChildInfoIndexPageFactory()
    submit_and_review(
        client,
        page,
        index_page_form,
        user_in_group(EDITORS, username="redaktor-a"),
        user_in_group(EDITORS, username="redaktor-b"),
    )


def test_staff_cannot_approve_their_own_yearly_report(client, user_in_group):
    report = YearlyReportPageFactory()
    submit_and_review(
        client,
        report,
        report_form,
        user_in_group(STAFF, username="handlaggare-a"),
        user_in_group(STAFF, username="handlaggare-b"),
    )


def test_both_review_workflows_use_the_peer_review_task():
    for page in (ChildInfoIndexPageFactory(), YearlyReportPageFactory()):
        tasks = [task.specific for task in page.get_workflow().tasks]
        assert tasks and all(isinstance(task, PeerReviewTask) for task in tasks), page
