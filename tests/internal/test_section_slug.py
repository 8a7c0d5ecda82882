"""The internal section under another slug: login lands on it, logout passes the CSRF check.

The client enforces CSRF as Django does for a browser and sends what a browser would under
the page's own referrer policy: ``Origin: null`` under no-referrer (which Django refuses),
the site's origin and the page as Referer under same-origin.
"""

import re

import pytest
from django.test import Client

from portal.security.roles import POLITICIANS
from tests.factories import PASSWORD, UserFactory, internal_section

pytestmark = pytest.mark.django_db

ORIGIN = "http://testserver"


def referrer_policy(response):
    meta = re.search(r'<meta name="referrer" content="([^"]+)">', response.content.decode())
    return meta.group(1) if meta else response["Referrer-Policy"]


def form_headers(page_response, path):
    """The headers a browser sends with a form posted from this page."""
    if referrer_policy(page_response) == "no-referrer":
        return {"HTTP_ORIGIN": "null"}
    return {"HTTP_ORIGIN": ORIGIN, "HTTP_REFERER": ORIGIN + path}


def csrf_token(response, action):
    html = response.content.decode()
    form = re.search(rf'<form[^>]*action="{re.escape(action)}"[^>]*>(.*?)</form>', html, re.S)
    assert form, f"no form posting to {action}"
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.group(1)).group(1)


@pytest.fixture
def old_section_url(db):
    """Rename the internal section to /for-politiker/; its address before."""
    section = internal_section()
    old_url = section.url
    section.slug = "for-politiker"
    section.save_revision().publish()
    return old_url


@pytest.fixture
def politician(db):
    return UserFactory(in_group=POLITICIANS, username="ledamot")


def test_a_politician_logs_in_onto_and_out_of_a_renamed_section(old_section_url, politician):
    browser = Client(enforce_csrf_checks=True)

    login_page = browser.get("/logga-in/")
    token = csrf_token(login_page, "/logga-in/")
    landed = browser.post(
        "/logga-in/",
        {"username": politician.username, "password": PASSWORD, "csrfmiddlewaretoken": token},
        **form_headers(login_page, "/logga-in/"),
    )
    assert landed.status_code == 302
    assert landed["Location"] == "/for-politiker/"

    section_page = browser.get("/for-politiker/")
    assert section_page.status_code == 200
    assert referrer_policy(section_page) == "same-origin"
    token = csrf_token(section_page, "/logga-ut/")
    logged_out = browser.post(
        "/logga-ut/",
        {"csrfmiddlewaretoken": token},
        **form_headers(section_page, "/for-politiker/"),
    )
    assert logged_out.status_code in (200, 302), logged_out.status_code
    assert "_auth_user_id" not in browser.session
    assert browser.get("/for-politiker/").status_code == 302  # to the login page again

    # The old slug is gone: nothing of the section answers there.
    assert Client().get(old_section_url).status_code == 404


def test_a_browser_posting_with_origin_null_is_refused(old_section_url, politician):
    """The check above can fail: the same post under no-referrer is refused with 403."""
    browser = Client(enforce_csrf_checks=True)
    token = csrf_token(browser.get("/logga-in/"), "/logga-in/")
    refused = browser.post(
        "/logga-in/",
        {"username": politician.username, "password": PASSWORD, "csrfmiddlewaretoken": token},
        HTTP_ORIGIN="null",
    )
    assert refused.status_code == 403
