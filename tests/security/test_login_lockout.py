"""Password guessing is slowed down, and cannot be used to keep staff out.

Every test logs in over HTTP on both login forms, the Wagtail admin's (/admin/login/) and the
site's (/logga-in/), from chosen client addresses (REMOTE_ADDR).
"""

import io
import re
import time

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import Client, override_settings

PASSWORD = "ett-riktigt-langt-losenord"
OFFICE = "203.0.113.77"  # the municipality's NAT: every staff member comes from here
ATTACKER = "198.51.100.66"
LOGIN_PATHS = ["/admin/login/", "/logga-in/"]


@pytest.fixture(params=LOGIN_PATHS)
def login_path(request):
    return request.param


@pytest.fixture
def make_staff(db, django_user_model):
    def make(username="redaktor-test"):
        user = django_user_model.objects.create_user(
            username,
            password=PASSWORD,
            email=f"{username}@example.se",
            first_name="Rut",
            last_name="Test",
        )
        user.groups.add(Group.objects.get(name="Redaktörer"))
        return user

    return make


@pytest.fixture
def editor(make_staff):
    return make_staff()


def login(username, password, address=OFFICE, path="/admin/login/"):
    client = Client(REMOTE_ADDR=address)
    response = client.post(path, {"username": username, "password": password})
    return client, response


def logged_in(client):
    return "_auth_user_id" in client.session


def fail(username, times, address=OFFICE, path="/admin/login/"):
    for _ in range(times):
        client, response = login(username, "fel-losenord", address, path)
        assert response.status_code == 200 and not logged_in(client)


def succeeds(username, address=OFFICE, path="/admin/login/"):
    client, response = login(username, PASSWORD, address, path)
    return response.status_code == 302 and logged_in(client)


def message(response):
    return response.content.decode()


def test_a_few_mistakes_do_not_lock(editor, settings, login_path):
    fail(editor.username, settings.LOGIN_FAILURE_LIMIT - 1, path=login_path)
    assert succeeds(editor.username, path=login_path)


def test_after_the_limit_the_pair_is_locked_even_for_the_right_password(
    editor, settings, login_path
):
    fail(editor.username, settings.LOGIN_FAILURE_LIMIT, path=login_path)
    client, response = login(editor.username, PASSWORD, path=login_path)
    assert response.status_code == 200 and not logged_in(client)
    assert "För många misslyckade inloggningar" in message(response)
    assert "Vänta 15 minuter" in message(response)
    # The lock holds on the other login form too, and for the name in capitals.
    other = next(path for path in LOGIN_PATHS if path != login_path)
    assert not succeeds(editor.username.upper(), path=other)


def test_an_attacker_elsewhere_cannot_keep_staff_out_of_the_office(editor, settings, login_path):
    """Attack 1: hammering a name from another address locks only the attacker's pair."""
    for _round in range(3):
        fail(editor.username, settings.LOGIN_FAILURE_LIMIT + 3, ATTACKER, login_path)
    client, response = login(editor.username, PASSWORD, ATTACKER, login_path)
    assert not logged_in(client)
    assert "För många misslyckade inloggningar" in message(response)
    # The right password from the office works at once, on both forms.
    assert succeeds(editor.username, OFFICE, "/admin/login/")
    assert succeeds(editor.username, OFFICE, "/logga-in/")


def test_twenty_failures_from_the_office_nat_keep_its_30_staff_working(
    make_staff, settings, login_path
):
    """Attack 2: many failures from one address (a NAT) do not lock everyone behind it."""
    staff = [make_staff(f"handlaggare-{n:02d}") for n in range(30)]
    for person in staff:  # an ordinary morning: everyone logs in from the office
        assert succeeds(person.username, OFFICE, login_path)
    # One of them mistypes a few times; malware on one machine tries 40 other names.
    fail(staff[0].username, settings.LOGIN_FAILURE_LIMIT - 1, OFFICE, login_path)
    for n in range(40):
        fail(f"gissat-namn-{n}", 1, OFFICE, login_path)
    # Every one of the 30 still logs in from the office, at once, the one who mistyped too.
    for person in staff:
        assert succeeds(person.username, OFFICE, login_path), person.username


def test_an_attacker_trying_other_names_from_outside_does_not_touch_the_nat(
    make_staff, settings, login_path
):
    staff = [make_staff(f"handlaggare-{n:02d}") for n in range(30)]
    for person in staff:
        fail(person.username, settings.LOGIN_FAILURE_LIMIT + 1, ATTACKER, login_path)
    for person in staff:  # never logged in before, so not even "known-good"
        assert succeeds(person.username, OFFICE, login_path), person.username


def test_one_address_guessing_many_names_is_slowed_down_not_locked(
    make_staff, settings, login_path
):
    newcomer = make_staff("ny-medarbetare")
    for n in range(settings.LOGIN_FAILURE_LIMIT_PER_ADDRESS):
        fail(f"gissning-{n}", 1, ATTACKER, login_path)
    # Over its ceiling the address gets one password check per LOGIN_SLOWDOWN_SECONDS for
    # names it has not logged in with before.
    assert succeeds(newcomer.username, ATTACKER, login_path)  # took this slot
    client, response = login("gissning-x", "fel", ATTACKER, login_path)
    assert not logged_in(client)
    assert "Vänta 10 sekunder" in message(response)
    # A name that has logged in from the address before is never held up.
    assert succeeds(newcomer.username, ATTACKER, login_path)


# 3 s, not 1: the ten attempts below must all fall inside one slow-down window, also on a
# loaded machine where ten admin logins can take more than a second.
@override_settings(LOGIN_SLOWDOWN_SECONDS=3)
def test_many_addresses_guessing_one_name_get_one_check_per_slowdown(editor, settings, login_path):
    assert succeeds(editor.username, OFFICE, login_path)  # the office is known-good
    for n in range(settings.LOGIN_FAILURE_LIMIT_PER_NAME):
        fail(editor.username, 1, f"192.0.2.{n + 1}", login_path)
    # The name is over its ceiling: from new addresses one password check per window.
    answers = [
        message(login(editor.username, "fel", f"198.51.100.{n + 1}", login_path)[1])
        for n in range(10)
    ]
    slowed = [text for text in answers if "Vänta 3 sekunder " in text]
    assert len(slowed) == 9, len(slowed)
    # The office still gets straight in, again and again.
    for _ in range(3):
        assert succeeds(editor.username, OFFICE, login_path)
    time.sleep(3.1)
    assert succeeds(editor.username, "198.51.100.200", login_path)  # after the wait


@override_settings(LOGIN_LOCKOUT_SECONDS=1)
def test_the_lock_grows_with_each_repeat_and_lifts_after_its_time(editor, settings, login_path):
    fail(editor.username, settings.LOGIN_FAILURE_LIMIT, path=login_path)
    assert not succeeds(editor.username, path=login_path)
    time.sleep(1.1)
    # The first lock (1 s) is over; the second one lasts twice as long.
    fail(editor.username, settings.LOGIN_FAILURE_LIMIT, path=login_path)
    time.sleep(1.1)
    assert not succeeds(editor.username, path=login_path)
    time.sleep(1.0)
    assert succeeds(editor.username, path=login_path)


def test_the_lock_message_names_the_growing_wait(editor, settings):
    settings.LOGIN_LOCKOUT_SECONDS = 15 * 60
    fail(editor.username, settings.LOGIN_FAILURE_LIMIT)
    assert "Vänta 15 minuter" in message(login(editor.username, PASSWORD)[1])
    # A second lock of the same pair on the same day (the first one over): 30 minutes.
    from portal.security.counters import counter_cache
    from portal.security.login_lockout import Gate

    gate = Gate(editor.username, Client(REMOTE_ADDR=OFFICE).get("/").wsgi_request)
    counter_cache().delete(gate.pair_lock)
    fail(editor.username, settings.LOGIN_FAILURE_LIMIT)
    assert "Vänta 30 minuter" in message(login(editor.username, PASSWORD)[1])


@override_settings(LOGIN_FAILURE_WINDOW=1)
def test_failures_older_than_the_window_are_forgotten(editor, settings, login_path):
    fail(editor.username, settings.LOGIN_FAILURE_LIMIT - 1, path=login_path)
    time.sleep(1.2)
    fail(editor.username, 1, path=login_path)
    assert succeeds(editor.username, path=login_path)


def test_a_superuser_lifts_the_lock_in_the_admin(editor, settings, django_user_model):
    fail(editor.username, settings.LOGIN_FAILURE_LIMIT, OFFICE)
    fail(editor.username, settings.LOGIN_FAILURE_LIMIT, ATTACKER)
    assert not succeeds(editor.username, OFFICE)
    admin = django_user_model.objects.create_superuser("chef", "c@example.se", PASSWORD)
    client = Client()
    client.force_login(admin)
    dashboard = client.get("/admin/").content.decode()
    # The sidebar menu (JSON for Wagtail's sidebar) has the item under Inställningar.
    assert '"label": "Inloggningssp\\u00e4rrar"' in dashboard
    assert '"url": "/admin/inloggningssparrar/"' in dashboard
    page = client.get("/admin/inloggningssparrar/")
    assert page.status_code == 200 and "Häv spärren" in page.content.decode()
    response = client.post(
        "/admin/inloggningssparrar/", {"username": editor.username.upper()}, follow=True
    )
    assert f"Spärren för {editor.username.upper()} är hävd." in response.content.decode()
    # Lifted from every address, on both forms.
    assert succeeds(editor.username, OFFICE, "/logga-in/")
    assert succeeds(editor.username, ATTACKER, "/admin/login/")


def test_only_superusers_may_lift_locks(editor, make_staff, settings):
    fail(editor.username, settings.LOGIN_FAILURE_LIMIT)
    colleague = make_staff("kollega")
    client = Client()
    client.force_login(colleague)
    assert "/admin/inloggningssparrar/" not in client.get("/admin/").content.decode()
    # Wagtail answers a refused admin view by sending the user back to the dashboard.
    response = client.get("/admin/inloggningssparrar/")
    assert (response.status_code, response["Location"]) == (302, "/admin/")
    response = client.post("/admin/inloggningssparrar/", {"username": editor.username})
    assert (response.status_code, response["Location"]) == (302, "/admin/")
    assert not succeeds(editor.username)


def test_nothing_with_the_address_lands_in_the_database(editor, settings):
    fail(editor.username, settings.LOGIN_FAILURE_LIMIT + 2)
    login(editor.username, PASSWORD)
    out = io.StringIO()
    call_command("dumpdata", stdout=out)
    dump = out.getvalue()
    assert editor.username in dump  # the dump does hold the users
    assert OFFICE not in dump


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
