"""Password guessing: a user name is locked after a few failures, with no address stored."""

import io
import re
import time

import pytest
from django.core.management import call_command
from django.test import Client, override_settings

PASSWORD = "ett-riktigt-langt-losenord"
ADDRESS = "203.0.113.77"


@pytest.fixture
def editor(db, django_user_model):
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user(
        "redaktor-test", password=PASSWORD, email="r@example.se", first_name="Rut", last_name="Test"
    )
    user.groups.add(Group.objects.get(name="Redaktörer"))
    return user


def login(username, password, address=ADDRESS):
    client = Client(REMOTE_ADDR=address)
    response = client.post("/admin/login/", {"username": username, "password": password})
    return client, response


def logged_in(client):
    return "_auth_user_id" in client.session


def fail(username, times, address=ADDRESS):
    for _ in range(times):
        client, response = login(username, "fel-losenord", address)
        assert response.status_code == 200 and not logged_in(client)


def test_a_few_mistakes_do_not_lock(editor, settings):
    fail(editor.username, settings.LOGIN_FAILURE_LIMIT - 1)
    client, response = login(editor.username, PASSWORD)
    assert response.status_code == 302
    assert logged_in(client)


def test_after_the_limit_even_the_right_password_is_refused(editor, settings):
    fail(editor.username, settings.LOGIN_FAILURE_LIMIT)
    client, response = login(editor.username, PASSWORD)
    assert response.status_code == 200
    assert not logged_in(client)
    html = response.content.decode()
    assert "För många misslyckade inloggningar" in html
    assert "Vänta 15 minuter" in html
    # From another address too: the user name itself is locked.
    client, response = login(editor.username, PASSWORD, address="198.51.100.9")
    assert not logged_in(client)
    # Another user is not affected.
    from django.contrib.auth import get_user_model

    get_user_model().objects.create_user("annan", password=PASSWORD)
    client, _response = login("annan", PASSWORD, address="198.51.100.9")
    assert logged_in(client)


def test_the_lock_is_refused_by_the_backend_for_every_login_form(editor, settings):
    from django.contrib.auth import authenticate

    fail(editor.username, settings.LOGIN_FAILURE_LIMIT)
    assert authenticate(username=editor.username, password=PASSWORD) is None
    assert authenticate(username=editor.username.upper(), password=PASSWORD) is None


@override_settings(LOGIN_LOCKOUT_SECONDS=1)
def test_the_lock_lifts_after_its_time(editor, settings):
    fail(editor.username, settings.LOGIN_FAILURE_LIMIT)
    assert not logged_in(login(editor.username, PASSWORD)[0])
    time.sleep(1.2)
    client, response = login(editor.username, PASSWORD)
    assert response.status_code == 302 and logged_in(client)


@override_settings(LOGIN_FAILURE_WINDOW=1)
def test_failures_older_than_the_window_are_forgotten(editor, settings):
    fail(editor.username, settings.LOGIN_FAILURE_LIMIT - 1)
    time.sleep(1.2)
    fail(editor.username, 1)
    assert logged_in(login(editor.username, PASSWORD)[0])


def test_one_client_guessing_many_user_names_is_slowed_down(editor, settings):
    for n in range(settings.LOGIN_FAILURE_LIMIT_PER_ADDRESS):
        fail(f"gissning-{n}", 1)
    assert not logged_in(login(editor.username, PASSWORD)[0])
    assert logged_in(login(editor.username, PASSWORD, address="198.51.100.9")[0])


def test_nothing_with_the_address_lands_in_the_database(editor, settings):
    fail(editor.username, settings.LOGIN_FAILURE_LIMIT + 2)
    login(editor.username, PASSWORD)
    out = io.StringIO()
    call_command("dumpdata", stdout=out)
    dump = out.getvalue()
    assert editor.username in dump  # the dump does hold the users
    assert ADDRESS not in dump


@pytest.mark.parametrize("password", ["kort-1234", "1234567890123", "password1234"])
def test_wagtail_refuses_a_weak_password_for_a_new_user(admin_client, password):
    from django.contrib.auth import get_user_model

    data = {
        "username": "ny-redaktor",
        "email": "ny@example.se",
        "first_name": "Ny",
        "last_name": "Redaktör",
        "password1": password,
        "password2": password,
    }
    response = admin_client.post("/admin/users/new/", data)
    assert response.status_code == 200
    assert not get_user_model().objects.filter(username="ny-redaktor").exists()
    data["password1"] = data["password2"] = PASSWORD + "-9"
    response = admin_client.post("/admin/users/new/", data)
    assert response.status_code == 302
    assert get_user_model().objects.filter(username="ny-redaktor").exists()


def account_form_data(client):
    """Every field of the admin's account page as the browser would send it unchanged."""
    html = client.get("/admin/account/").content.decode()
    data = {}
    for tag in re.findall(r"<input\b[^>]*>", html):
        name = re.search(r'\sname="([^"]+)"', tag)
        if not name or re.search(r'type="(checkbox|radio|file|submit)"', tag):
            continue
        value = re.search(r'\svalue="([^"]*)"', tag)
        data[name.group(1)] = value.group(1) if value else ""
    for tag in re.findall(r"<input\b[^>]*checked[^>]*>", html):
        value = re.search(r'\svalue="([^"]*)"', tag)
        data[re.search(r'\sname="([^"]+)"', tag).group(1)] = value.group(1) if value else "on"
    for name, options in re.findall(r'<select[^>]*name="([^"]+)"[^>]*>(.*?)</select>', html, re.S):
        selected = re.search(r'<option value="([^"]*)"[^>]*selected', options)
        data[name] = selected.group(1) if selected else ""
    return data


def test_wagtail_refuses_a_short_password_change(editor):
    client = Client()
    client.force_login(editor)
    data = account_form_data(client)
    data.update(
        {
            "password-old_password": PASSWORD,
            "password-new_password1": "kort-123",
            "password-new_password2": "kort-123",
        }
    )
    response = client.post("/admin/account/", data)
    assert response.status_code == 200
    editor.refresh_from_db()
    assert editor.check_password(PASSWORD)
    data["password-new_password1"] = data["password-new_password2"] = "ett-annat-langt-losen"
    assert client.post("/admin/account/", data).status_code == 302
    editor.refresh_from_db()
    assert editor.check_password("ett-annat-langt-losen")


def test_a_site_login_form_shows_the_lock_too(editor, settings, rf):
    from home.login_lockout import LockoutAuthenticationForm

    fail(editor.username, settings.LOGIN_FAILURE_LIMIT)
    request = rf.post("/logga-in/", REMOTE_ADDR="198.51.100.9")
    form = LockoutAuthenticationForm(
        request, data={"username": editor.username, "password": PASSWORD}
    )
    assert not form.is_valid()
    assert form.has_error("__all__", code="locked")
    assert "För många misslyckade inloggningar" in str(form.errors)
