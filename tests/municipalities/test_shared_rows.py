"""Themes and danger words: the ones shared by every municipality, and each team's own.

The model's four themes and the county's danger words are shared: every municipality's staff
read them and only a superuser changes them. A theme or a word that a team adds is its own
municipality's, seen by no other.
"""

import json

import pytest

from feedback.models import MODEL_THEMES, DangerWord, Improvement, Theme
from municipalities.scope import scoped
from tests.factories import PASSWORD, FeedbackResponseFactory, ImprovementFactory, ThemeFactory
from tests.factories.municipalities import first_municipality, new_municipality

pytestmark = pytest.mark.django_db


@pytest.fixture
def two():
    return first_municipality(), new_municipality("Sundsvik")


def theme_form(name, **extra):
    return {"name": name, "description": "", **extra}


def test_the_model_s_four_themes_are_shared():
    shared = set(Theme.objects.filter(municipality=None).values_list("name", flat=True))
    assert set(MODEL_THEMES) <= shared


def test_a_theme_a_team_adds_is_its_own(two, as_staff_of):
    first, second = two
    client = as_staff_of(second)
    response = client.post("/admin/feedback/themes/add/", theme_form("Om skolan i Sundsvik"))
    assert response.status_code == 302
    assert Theme.objects.get(name="Om skolan i Sundsvik").municipality == second

    own_list = client.get("/admin/feedback/themes/").content.decode()
    assert "Om skolan i Sundsvik" in own_list and MODEL_THEMES[0] in own_list
    other = as_staff_of(first)
    assert "Om skolan i Sundsvik" not in other.get("/admin/feedback/themes/").content.decode()
    suggested = other.get("/admin/tag-autocomplete/feedback/theme/", {"term": "Om"})
    assert "Om skolan i Sundsvik" not in json.loads(suggested.content)
    assert MODEL_THEMES[1] in json.loads(suggested.content)
    improvements = other.get("/admin/feedback/improvements/").content.decode()
    assert "Om skolan i Sundsvik" not in improvements


def test_two_municipalities_may_each_have_a_theme_of_the_same_name(two, as_staff_of):
    first, second = two
    for municipality in (first, second):
        response = as_staff_of(municipality).post(
            "/admin/feedback/themes/add/", theme_form("Om fritiden")
        )
        assert response.status_code == 302
    themes = Theme.objects.filter(name="Om fritiden")
    assert {t.municipality for t in themes} == {first, second}
    assert len({t.slug for t in themes}) == 2  # an address names one theme


def test_a_team_cannot_take_a_shared_theme_s_name(two, as_staff_of):
    response = as_staff_of(two[1]).post(
        "/admin/feedback/themes/add/", theme_form(MODEL_THEMES[0].upper())
    )
    assert response.status_code == 200
    assert "Det finns redan ett gemensamt tema med det namnet" in response.content.decode()
    assert Theme.objects.filter(name__iexact=MODEL_THEMES[0]).count() == 1


def test_a_theme_typed_on_an_improvement_is_the_municipality_s_in_scope(two):
    """The tag field makes a new theme by name; in the admin the scope is the person's
    municipality (MunicipalityScopeMiddleware)."""
    second = two[1]
    improvement = ImprovementFactory(municipality=second, title="Fikat")
    with scoped(lambda: [second.pk]):
        Improvement.objects.get(pk=improvement.pk).themes.add("Om fika")
    assert Theme.objects.get(name="Om fika").municipality == second


@pytest.mark.parametrize("model", ["theme", "word"])
def test_only_a_superuser_changes_a_shared_row(two, as_staff_of, client, django_user_model, model):
    if model == "theme":
        row = Theme.objects.get(name=MODEL_THEMES[0])
        base, form = "/admin/feedback/themes", theme_form("Ändrat tema")
    else:
        row = DangerWord.objects.create(municipality=None, word="gemensamtord")
        base, form = "/admin/feedback/danger-words", {"word": "ändrat"}
    staff = as_staff_of(two[1])
    assert staff.get(f"{base}/edit/{row.pk}/").status_code in (302, 403)
    assert staff.post(f"{base}/edit/{row.pk}/", form).status_code in (302, 403)
    assert staff.post(f"{base}/delete/{row.pk}/").status_code in (302, 403)
    assert type(row).objects.filter(pk=row.pk).exists()
    row.refresh_from_db()
    assert str(row) in (MODEL_THEMES[0], "gemensamtord")

    client.force_login(django_user_model.objects.create_superuser("chef", password=PASSWORD))
    edit = client.get(f"{base}/edit/{row.pk}/").content.decode()
    assert 'name="municipality"' in edit  # a superuser chooses whose it is
    assert client.post(f"{base}/edit/{row.pk}/", form).status_code == 302
    row.refresh_from_db()
    assert row.municipality is None and str(row) in ("Ändrat tema", "ändrat")


def test_staff_change_their_own_rows_but_do_not_choose_the_municipality(two, as_staff_of):
    second = two[1]
    own = ThemeFactory(name="Om lov", municipality=second)
    client = as_staff_of(second)
    edit = client.get(f"/admin/feedback/themes/edit/{own.pk}/")
    assert edit.status_code == 200 and 'name="municipality"' not in edit.content.decode()
    assert client.post(f"/admin/feedback/themes/edit/{own.pk}/", theme_form("Om sommarlov"))
    own.refresh_from_db()
    assert (own.name, own.municipality) == ("Om sommarlov", second)


def test_the_shared_rows_say_so_in_the_list(two, as_staff_of):
    page = as_staff_of(two[1]).get("/admin/feedback/themes/").content.decode()
    assert "Gemensam" in page


def test_the_add_theme_action_offers_and_takes_only_their_themes(two, as_staff_of):
    first, second = two
    theirs = ThemeFactory(name="Om bara första", municipality=first)
    answer = FeedbackResponseFactory(municipality=second)
    client = as_staff_of(second)
    url = f"/admin/bulk/feedback/feedbackresponse/add_theme/?next=/admin/&id={answer.pk}"
    form = client.get(url).content.decode()
    assert MODEL_THEMES[0] in form and theirs.name not in form
    client.post(url, {"theme": theirs.pk})
    assert theirs.name not in answer.themes.names()


def test_the_link_action_offers_and_takes_only_their_improvements(two, as_staff_of):
    first, second = two
    theirs = ImprovementFactory(municipality=first, title="Förbättring bara i första")
    own = ImprovementFactory(municipality=second, title="Förbättring i Sundsvik")
    answer = FeedbackResponseFactory(municipality=second)
    client = as_staff_of(second)
    url = f"/admin/bulk/feedback/feedbackresponse/link_improvement/?next=/admin/&id={answer.pk}"
    form = client.get(url).content.decode()
    assert own.title in form and theirs.title not in form
    client.post(url, {"improvement": theirs.pk})
    assert not theirs.responses.filter(pk=answer.pk).exists()
