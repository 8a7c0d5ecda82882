"""Inställningar → Kommuner: a superuser adds a municipality in the admin, without the shell,
and the new municipality's site works at once: its home page, its feedback form (answers
stored as its own), "Ni sa – vi gjorde" and an internal section only its own people read."""

import pytest
from django.urls import reverse
from wagtail.models import Collection, GroupCollectionPermission, Site

from feedback.models import FeedbackResponse, InternalIndexPage
from home.models import SiteSettings
from municipalities.models import Municipality
from tests.factories import PASSWORD, StaffFactory
from tests.factories.municipalities import first_municipality, member
from tests.feedback.conftest import started_token

pytestmark = pytest.mark.django_db

ADD_URL = "/admin/municipalities/new/"
HOST = "sundsvik.localhost"


@pytest.fixture
def chief(client, django_user_model):
    """A superuser, logged in on the admin's login form."""
    django_user_model.objects.create_superuser("chef", password=PASSWORD)
    response = client.post("/admin/login/", {"username": "chef", "password": PASSWORD})
    assert response.status_code == 302
    return client


def add(client, name="Sundsvik", hostname=HOST, port=80):
    return client.post(ADD_URL, {"name": name, "hostname": hostname, "port": port})


def test_the_settings_menu_leads_to_the_municipalities(chief):
    html = chief.get("/admin/").content.decode()
    assert "Kommuner" in html and reverse("municipalities:index") in html
    listing = chief.get(reverse("municipalities:index")).content.decode()
    assert str(first_municipality()) in listing
    assert "Lägg till" in listing


def test_a_superuser_adds_a_municipality_and_its_site_works(chief, client):
    response = add(chief)
    assert response.status_code == 302
    sundsvik = Municipality.objects.get(site__hostname=HOST)
    assert str(sundsvik) == "Sundsvik"
    assert SiteSettings.for_site(sundsvik.site).municipality_name == "Sundsvik"
    listing = chief.get(response["Location"]).content.decode()
    assert "Sundsvik" in listing and "http://sundsvik.localhost" in listing

    chief.logout()
    home = client.get("/", HTTP_HOST=HOST)
    assert home.status_code == 200 and "Sundsvik" in home.content.decode()
    assert client.get("/ni-sa-vi-gjorde/", HTTP_HOST=HOST).status_code == 200
    form = client.get("/tyck-till/", HTTP_HOST=HOST)
    assert form.status_code == 200 and 'name="better_text"' in form.content.decode()

    page = sundsvik.site.root_page.get_children().get(slug="tyck-till")
    sent = client.post(
        f"/svara/{page.pk}/",
        {"started": started_token(), "better_text": "Bra i Sundsvik.", "age_band": "9-12"},
        HTTP_HOST=HOST,
    )
    assert sent.status_code == 302
    assert FeedbackResponse.objects.get(better_text="Bra i Sundsvik.").municipality == sundsvik


@pytest.mark.parametrize(
    ("whose", "can_read"), [("own staff", True), ("own politician", True), ("other", False)]
)
def test_the_new_internal_section_is_read_only_by_its_own_people(chief, client, whose, can_read):
    add(chief)
    chief.logout()
    sundsvik = Municipality.objects.get(site__hostname=HOST)
    group = {
        "own staff": sundsvik.staff,
        "own politician": sundsvik.politicians,
        "other": first_municipality().staff,
    }[whose]
    user = member(group)
    assert client.get("/internt/", HTTP_HOST=HOST).status_code == 302  # anonymous: log in
    client.login(username=user.username, password=PASSWORD)
    response = client.get("/internt/", HTTP_HOST=HOST)
    section = InternalIndexPage.objects.child_of(sundsvik.site.root_page).get()
    if can_read:
        assert response.status_code == 200 and section.title in response.content.decode()
    else:
        assert response.status_code in (302, 403, 404)
        assert section.title not in response.content.decode()


def test_its_editors_get_a_collection_of_their_own(chief):
    add(chief)
    sundsvik = Municipality.objects.get(site__hostname=HOST)
    collection = Collection.objects.get(name="Sundsvik")
    granted = set(
        GroupCollectionPermission.objects.filter(group=sundsvik.editors).values_list(
            "collection__name", "permission__codename"
        )
    )
    assert ("Sundsvik", "add_image") in granted and ("Sundsvik", "choose_document") in granted
    assert {name for name, _codename in granted} == {collection.name}


@pytest.mark.parametrize(
    ("hostname", "message"),
    [
        ("https://sundsvik.se/", "Skriv bara värdnamnet"),
        ("sundsvik .se", "Skriv bara värdnamnet"),
        ("localhost", "Det finns redan en webbplats på localhost:80"),
    ],
)
def test_a_bad_address_is_refused_in_swedish_and_nothing_is_made(chief, hostname, message):
    sites = Site.objects.count()
    response = add(chief, hostname=hostname)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert Site.objects.count() == sites
    assert Municipality.objects.count() == 1


def test_a_host_whose_home_page_name_is_taken_is_refused(chief):
    add(chief)
    response = add(chief, name="Sundsvik norra", hostname="sundsvik.example.se")
    assert response.status_code == 200
    assert "start-sundsvik" in response.content.decode()
    assert not Site.objects.filter(hostname="sundsvik.example.se").exists()
    # What was typed is kept, to be corrected.
    assert 'value="Sundsvik norra"' in response.content.decode()


def test_renaming_and_moving_a_municipality_follows_through(chief, client):
    add(chief)
    sundsvik = Municipality.objects.get(site__hostname=HOST)
    response = chief.post(
        reverse("municipalities:edit", args=[sundsvik.pk]),
        {"name": "Söderby", "hostname": "soderby.localhost", "port": 80},
    )
    assert response.status_code == 302
    sundsvik.refresh_from_db()
    assert (sundsvik.site.site_name, sundsvik.site.hostname) == ("Söderby", "soderby.localhost")
    assert SiteSettings.for_site(sundsvik.site).municipality_name == "Söderby"
    assert [g.name for g in sundsvik.groups()] == [
        "Redaktörer Söderby",
        "Handläggare Söderby",
        "Politiker Söderby",
    ]
    chief.logout()
    assert client.get("/", HTTP_HOST="soderby.localhost").status_code == 200
    assert "Söderby" in client.get("/", HTTP_HOST="soderby.localhost").content.decode()


def test_renaming_the_first_municipality_keeps_the_role_groups_names(chief):
    first = first_municipality()
    site = first.site
    chief.post(
        reverse("municipalities:edit", args=[first.pk]),
        {"name": "Norrby", "hostname": site.hostname, "port": site.port},
    )
    assert [g.name for g in first.groups()] == ["Redaktörer", "Handläggare", "Politiker"]
    assert str(Municipality.objects.get(pk=first.pk)) == "Norrby"


def test_no_one_deletes_a_municipality(chief):
    first = first_municipality()
    response = chief.get(reverse("municipalities:delete", args=[first.pk]))
    assert response.status_code in (302, 403)
    assert chief.post(reverse("municipalities:delete", args=[first.pk])).status_code in (302, 403)
    assert Municipality.objects.filter(pk=first.pk).exists()


def test_staff_do_not_see_or_open_the_municipalities(client):
    user = StaffFactory()
    client.login(username=user.username, password=PASSWORD)
    assert reverse("municipalities:index") not in client.get("/admin/").content.decode()
    assert client.get(reverse("municipalities:index")).status_code in (302, 403)
    assert add(client).status_code in (302, 403)
    assert not Municipality.objects.filter(site__hostname=HOST).exists()


def test_a_county_administrator_adds_a_municipality_and_sees_nothing_else(client):
    from django.contrib.auth.models import Group

    from portal.security.roles import COUNTY_ADMINS
    from tests.factories import FeedbackResponseFactory, UserFactory

    FeedbackResponseFactory(better_text="Ett barns svar i första kommunen.")
    UserFactory(username="lan", in_group=COUNTY_ADMINS)
    assert Group.objects.filter(name=COUNTY_ADMINS).exists()
    response = client.post("/admin/login/", {"username": "lan", "password": PASSWORD})
    assert response.status_code == 302
    assert reverse("municipalities:index") in client.get("/admin/").content.decode()
    assert add(client).status_code == 302
    assert Municipality.objects.filter(site__hostname=HOST).exists()
    sundsvik = Municipality.objects.get(site__hostname=HOST)
    assert client.get(reverse("municipalities:edit", args=[sundsvik.pk])).status_code == 200
    # Not one of any municipality's people: no answers, no pages to edit.
    for url in ("/admin/feedback/responses/", f"/admin/pages/{sundsvik.site.root_page_id}/edit/"):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert "Ett barns svar" not in response.content.decode()
