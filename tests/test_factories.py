"""The test factories build what they say: live pages where they belong, people in groups."""

from datetime import date

import pytest
from wagtail.models import PageViewRestriction

from feedback.models import ImprovementStatus
from portal.security.roles import EDITORS, POLITICIANS, STAFF
from tests.factories import (
    PASSWORD,
    ChildInfoPageFactory,
    EditorFactory,
    FeedbackResponseFactory,
    FindingFactory,
    GlossaryTermFactory,
    ImprovementFactory,
    PoliticianFactory,
    QuoteFactory,
    SituationFactory,
    StaffFactory,
    ThemeFactory,
    UserFactory,
    YearlyReportPageFactory,
    english_home,
    glossary_page,
    internal_section,
    what_happened_page,
)
from tests.factories.child_info import paragraph

pytestmark = pytest.mark.django_db


def test_people_are_in_their_group_and_log_in(client):
    for factory, group in ((EditorFactory, EDITORS), (StaffFactory, STAFF)):
        user = factory()
        assert list(user.groups.values_list("name", flat=True)) == [group]
    assert list(PoliticianFactory().groups.values_list("name", flat=True)) == [POLITICIANS]
    nobody = UserFactory()
    assert not nobody.groups.exists()
    assert client.login(username=nobody.username, password=PASSWORD)


def test_pages_are_published_through_a_revision_or_left_as_drafts(client):
    topic = ChildInfoPageFactory(title="Fabrikssida")
    assert topic.live and topic.live_revision_id == topic.latest_revision_id
    assert "Om Fabrikssida, för små." in client.get(f"{topic.url}?alder=5-8").content.decode()
    draft = ChildInfoPageFactory(publish=False)
    assert not draft.live and draft.live_revision_id is None
    assert client.get(draft.url or f"/om-soc/{draft.slug}/").status_code == 404


def test_a_report_goes_into_the_private_internal_section(client):
    theme = ThemeFactory(name="Om fabriker")
    report = YearlyReportPageFactory(interviews_held=6, interviews_9_12=6)
    FindingFactory(page=report, theme=theme)  # quotes are shown under their theme's row
    QuoteFactory(page=report, theme=theme, text="Granskat fabrikscitat.")
    assert report.get_parent().specific == internal_section()
    assert PageViewRestriction.objects.filter(page=internal_section()).exists()
    assert client.get(report.url).status_code == 302  # to the login page
    client.force_login(PoliticianFactory())
    html = client.get(report.url).content.decode()
    assert f"Årsrapport {report.year}" in html and "Granskat fabrikscitat." in html


def test_an_improvement_keeps_the_history_it_is_given():
    theme = ThemeFactory()
    improvement = ImprovementFactory(
        history=[("proposed", date(2019, 1, 2)), ("done", date(2019, 3, 4))], themes=[theme]
    )
    assert list(improvement.status_changes.values_list("status", "date")) == [
        (ImprovementStatus.PROPOSED, date(2019, 1, 2)),
        (ImprovementStatus.DONE, date(2019, 3, 4)),
    ]
    assert improvement.done_date == date(2019, 3, 4)
    assert list(improvement.themes.all()) == [theme]
    assert improvement.revisions.count() == 1


def test_an_answer_is_stored_in_its_week_with_its_themes():
    theme = ThemeFactory()
    answer = FeedbackResponseFactory(date=date(2101, 1, 6), themes=[theme])  # a Thursday
    answer.refresh_from_db()
    assert answer.date == date(2101, 1, 3)  # the Monday
    assert list(answer.themes.all()) == [theme]


def test_a_topic_is_listed_under_its_situation_and_marks_a_glossary_term(client):
    situation = SituationFactory(title="Fabrikssituation")
    term = GlossaryTermFactory(term="fabriksord")
    topic = ChildInfoPageFactory(situations=[situation], body_9_12=paragraph("Ett fabriksord."))
    home = client.get("/").content.decode()
    assert "Fabrikssituation" in home and topic.title in home
    assert term.explanation in client.get(topic.url).content.decode()
    assert "fabriksord" in client.get(glossary_page().url).content.decode()


def test_the_singleton_pages_are_live_where_readers_find_them(client):
    pages = ((english_home(), "en"), (what_happened_page(), "sv"), (glossary_page(), "sv"))
    for page, lang in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert f'<html lang="{lang}">' in response.content.decode(), page.url
