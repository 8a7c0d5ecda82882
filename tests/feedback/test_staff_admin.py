"""The staff side: who may see responses, filters, bulk actions, the summary."""

from datetime import date

import pytest

from feedback.models import DangerWord, ExtraAnswer, FeedbackResponse, Theme
from portal.security.roles import EDITORS, POLITICIANS, STAFF
from tests.factories import FeedbackResponseFactory

pytestmark = pytest.mark.django_db

INDEX = "/admin/feedback/responses/"
SUMMARY = "/admin/feedback/summary/"


@pytest.fixture
def staff_client(client, user_in_group):
    client.force_login(user_in_group(STAFF))
    return client


@pytest.mark.parametrize("group", [EDITORS, POLITICIANS, None])
def test_other_roles_cannot_read_responses(client, user_in_group, group):
    answer = FeedbackResponseFactory(good_text="Hon förklarade vad som skulle hända.")
    user = user_in_group(group)
    client.force_login(user)
    for url in (INDEX, SUMMARY, f"{INDEX}inspect/{answer.pk}/"):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert "Hon förklarade" not in response.content.decode()


def test_staff_list_filters_and_inspect(staff_client):
    flagged = FeedbackResponse.objects.create(flagged_danger=True, good_text="x")
    calm = FeedbackResponse.objects.create(flagged_danger=False, good_text="y")
    response = staff_client.get(INDEX, {"flagged_danger": "true"})
    assert response.status_code == 200
    html = response.content.decode()
    assert f"inspect/{flagged.pk}/" in html and f"inspect/{calm.pk}/" not in html
    assert "Barnens svar" in staff_client.get("/admin/").content.decode()

    response = FeedbackResponse.objects.create(
        date=date(2024, 3, 5), treatment=1, better_text="En lång text om mötet " * 10
    )
    filtered = staff_client.get(
        INDEX, {"treatment": "1", "date_from": "2024-03-01", "date_to": "2024-03-31"}
    )
    assert f"inspect/{response.pk}/" in filtered.content.decode()
    other = staff_client.get(
        INDEX, {"treatment": "1", "date_from": "2024-04-01", "date_to": "2024-04-30"}
    )
    assert f"inspect/{response.pk}/" not in other.content.decode()

    ExtraAnswer.objects.create(response=response, question_text="Var det lätt att hitta?", rating=2)
    inspect = staff_client.get(f"{INDEX}inspect/{response.pk}/")
    assert inspect.status_code == 200
    html = inspect.content.decode()
    assert ("En lång text om mötet " * 10).strip() in html
    assert "Var det lätt att hitta? Dåligt" in html


def test_staff_sets_status_and_themes(staff_client):
    response = FeedbackResponse.objects.create(good_text="Bra möte")
    theme = Theme.objects.get(name="Om delaktighet")
    result = staff_client.post(
        f"{INDEX}edit/{response.pk}/", {"status": "used", "themes": '"Om delaktighet", Nytt tema'}
    )
    assert result.status_code == 302
    response.refresh_from_db()
    assert response.status == "used"
    assert set(response.themes.names()) == {theme.name, "Nytt tema"}
    assert response.good_text == "Bra möte"  # staff cannot change what the child wrote


def test_bulk_actions_mark_read_and_add_theme(staff_client):
    first = FeedbackResponse.objects.create(good_text="a")
    second = FeedbackResponse.objects.create(good_text="b")
    ids = f"id={first.pk}&id={second.pk}"
    url = "/admin/bulk/feedback/feedbackresponse/{}/?next=" + INDEX + "&" + ids
    assert staff_client.get(url.format("mark_read")).status_code == 200
    staff_client.post(url.format("mark_read"))
    assert set(
        FeedbackResponse.objects.filter(pk__in=[first.pk, second.pk]).values_list(
            "status", flat=True
        )
    ) == {"read"}
    theme = Theme.objects.get(name="Om att bli intervjuad")
    staff_client.post(url.format("add_theme"), {"theme": theme.pk})
    assert list(first.themes.names()) == [theme.name]
    assert list(second.themes.names()) == [theme.name]


def test_summary_suppresses_small_groups(staff_client):
    # 2019: five answers (shown), 2018: three answers (suppressed).
    for rating in (1, 2, 3, 4, 5):
        FeedbackResponse.objects.create(date=date(2019, 6, 1), treatment=rating)
    for rating in (5, 5, 5):
        FeedbackResponse.objects.create(date=date(2018, 6, 1), treatment=rating)
    response = staff_client.get(SUMMARY)
    assert response.status_code == 200
    sections = response.context["sections"]
    by_year = {group["label"]: group for group in sections[0]["groups"]}
    assert by_year["2019"]["count"] == 5
    treatment = by_year["2019"]["questions"][2]
    assert treatment["answered"] == 5
    assert str(by_year["2018"]["count"]) == "färre än 5"
    assert "questions" not in by_year["2018"]
    html = response.content.decode()
    row_2018 = html[html.index('<th scope="row">2018</th>') :].split("</tr>")[0]
    assert "färre än 5" in row_2018 and "Medel" not in row_2018 and "3" not in row_2018
    # Inside a shown group, a rating given by fewer than 5 is not a number either, and a
    # mean resting on hidden counts is not shown.
    assert all(str(count) == "färre än 5" for _label, count, _share in treatment["distribution"])
    assert treatment["average"] is None


@pytest.mark.parametrize("group,allowed", [(STAFF, True), (EDITORS, False), (POLITICIANS, False)])
def test_only_staff_edit_the_danger_word_list(client, user_in_group, group, allowed):
    client.force_login(user_in_group(group))
    response = client.post("/admin/feedback/danger-words/add/", {"word": "brännmärk"})
    assert DangerWord.objects.filter(word="brännmärk").exists() is allowed
    if allowed:
        assert response["Location"] == "/admin/feedback/danger-words/"


def test_private_or_unpublished_feedback_page_takes_no_answers(post_feedback, feedback_page):
    feedback_page.unpublish()
    before = FeedbackResponse.objects.count()
    assert post_feedback({"treatment": "3"}).status_code == 404
    assert FeedbackResponse.objects.count() == before
