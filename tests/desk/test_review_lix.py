"""The reviewer sees the editor's LIX verdict, per age band, before approving: in the dialog of
"Godkänn" and "Begär ändringar", of the revision under review, not of the live page."""

import re

import pytest
from django.urls import reverse

from child_info.readability.lix import sentences
from child_info.readability.verdict import SENTENCE_LIMITS
from home.age_bands import AgeBand
from portal.security.roles import EDITORS
from tests.factories import ChildInfoIndexPageFactory, ChildInfoPageFactory
from tests.factories.child_info import paragraph

pytestmark = pytest.mark.django_db

SHORT = "Vi ses i dag. Du får fika. Vi går ut. Det blir bra. Du får fråga. "
# 31 short words: too long for 9–12 (20 words), though the version's average is easy.
SUBMITTED = (
    "När vi har pratat med dig och med dina föräldrar och med din skola och med de "
    "andra som vet hur du har det så gör vi en plan för dig."
)
# Long sentences that are not in the revision under review.
LIVE_ONLY = (
    "Den här meningen finns bara på den publicerade sidan och den är så lång att den är för "
    "lång för alla som läser den och för alla åldrar som finns här."
)
LATER_DRAFT = (
    "Den här meningen skrevs i ett nytt utkast efter att sidan skickades för granskning och "
    "den är också alldeles för lång för de yngsta barnen som läser."
)


@pytest.fixture
def review(user_in_group):
    """A live information page, then a revision with one too-long 9–12 sentence submitted for
    review by one editor; afterwards the live page and a later draft say something else."""
    submitter = user_in_group(EDITORS, username="redaktor-skriver")
    reviewer = user_in_group(EDITORS, username="redaktor-granskar")
    page = ChildInfoPageFactory(title="Granskas", body_9_12=paragraph(SHORT))
    page.body_9_12 = paragraph(SHORT * 3 + SUBMITTED)
    revision = page.save_revision(user=submitter)
    page.get_workflow().start(page, submitter)

    live = type(page).objects.get(pk=page.pk)
    live.body_13_18 = paragraph(SHORT + LIVE_ONLY)
    live.save()
    later = live.get_latest_revision_as_object()
    later.body_5_8 = paragraph(SHORT + LATER_DRAFT)
    later.save_revision(user=submitter)

    page.refresh_from_db()
    task_state = page.current_workflow_state.current_task_state
    assert task_state.revision_id == revision.pk
    return page, task_state, submitter, reviewer


def action_url(name, page, task_state, view="workflow_action"):
    return reverse(f"wagtailadmin_pages:{view}", args=[page.pk, name, task_state.pk])


def dialog(client, url):
    response = client.get(url, headers={"x-requested-with": "XMLHttpRequest"})
    assert response.status_code == 200, response.content[:500]
    return response.json()["html"]


def band_panels(html):
    """{band label: that band's verdict panel} in the dialog."""
    section = re.search(r"<section data-review-lix>.*?</section>", html, re.S).group(0)
    return dict(
        re.findall(r"<h3[^>]*>([^<]+)</h3>\s*(<div .*?data-lix-panel.*?</div>)", section, re.S)
    )


@pytest.mark.parametrize("action", ["approve", "reject"])
def test_the_dialog_shows_each_bands_verdict_and_marks_the_hard_sentence(client, review, action):
    page, task_state, _submitter, reviewer = review
    client.force_login(reviewer)
    html = dialog(client, action_url(action, page, task_state))

    assert "Läsbarhet (LIX) i versionen som granskas" in html
    panels = band_panels(html)
    assert set(panels) == {band.label for band in AgeBand}
    middle = panels[AgeBand.MIDDLE.label]
    assert "Inom målet, men med svåra meningar:" in middle
    assert "målet för 9–12 år är högst 30" in middle
    (marked,) = re.findall(r"<li data-lix-hard-sentence>(.*?)</li>", middle, re.S)
    words = sentences(SUBMITTED)[0].words
    assert words > SENTENCE_LIMITS[AgeBand.MIDDLE]["words"]
    assert marked == f"”{SUBMITTED.rstrip('.')}” – {words} ord, för lång."
    for band in (AgeBand.YOUNG, AgeBand.TEEN):
        assert "Inom målet:" in panels[band.label]
        assert "data-lix-hard-sentence" not in panels[band.label]
    # The comment field and the button are still there.
    assert 'name="comment"' in html
    assert action_url(action, page, task_state) in html


def test_the_verdict_is_of_the_revision_under_review(client, review):
    page, task_state, _submitter, reviewer = review
    client.force_login(reviewer)
    for view in ("workflow_action", "collect_workflow_action_data"):
        html = dialog(client, action_url("approve", page, task_state, view))
        assert f"”{SUBMITTED.rstrip('.')}”" in html
        assert "Den här meningen finns bara på den publicerade sidan" not in html
        assert "Den här meningen skrevs i ett nytt utkast" not in html


def test_plain_approve_opens_the_dialog_and_approve_with_comment_is_gone(client, review):
    page, task_state, _submitter, reviewer = review
    client.force_login(reviewer)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    buttons = re.findall(
        r'<button class="button" data-workflow-action-name="([^"]+)"([^>]*)>', html
    )
    assert [name for name, _ in buttons] == ["reject", "approve"]
    for name, attributes in buttons:
        assert action_url(name, page, task_state, "collect_workflow_action_data") in attributes
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    offered = re.findall(
        r'<button data-workflow-action-url="([^"]+)"\s*(data-launch-modal)?>([^<]*)</button>',
        dashboard,
    )
    assert [(url, modal, label) for url, modal, label in offered if f"/{page.pk}/" in url] == [
        (action_url("reject", page, task_state), "data-launch-modal", "Begär ändringar"),
        (action_url("approve", page, task_state), "data-launch-modal", "Godkänn"),
    ]
    task = task_state.task.specific
    assert [label for _n, label, _m in task.get_actions(page, reviewer)] == [
        "Begär ändringar",
        "Godkänn",
    ]


def test_approving_in_the_dialog_publishes_the_page(client, review):
    page, task_state, submitter, reviewer = review
    client.force_login(submitter)
    refused = client.post(action_url("approve", page, task_state), {"comment": ""})
    assert refused.status_code == 403 or refused.url == reverse("wagtailadmin_home")
    page.refresh_from_db()
    assert page.current_workflow_state is not None

    client.force_login(reviewer)
    response = client.post(action_url("approve", page, task_state), {"comment": "Bra, tack."})
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.current_workflow_state is None
    # What goes live is the revision the reviewer read; the draft saved after it was sent
    # for review stays a draft, waiting for a review of its own.
    assert page.live and page.has_unpublished_changes
    assert page.live_revision_id == task_state.revision_id
    assert SUBMITTED in str(page.body_9_12)
    assert LATER_DRAFT not in str(page.body_5_8)
    assert LATER_DRAFT in str(page.get_latest_revision_as_object().body_5_8)
    task_state.refresh_from_db()
    assert task_state.status == task_state.STATUS_APPROVED
    assert task_state.comment == "Bra, tack."


def test_pages_without_age_versions_keep_wagtails_actions(user_in_group):
    reviewer = user_in_group(EDITORS, username="redaktor-granskar")
    page = ChildInfoIndexPageFactory()
    (task,) = [task.specific for task in page.get_workflow().tasks]
    assert [(name, modal) for name, _label, modal in task.get_actions(page, reviewer)] == [
        ("reject", True),
        ("approve", False),
        ("approve", True),
    ]
