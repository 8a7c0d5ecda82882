"""Security and privacy headers: strict CSP on public pages, the admin's own policy."""

import os
import re
import subprocess
import sys

import pytest
from django.conf import settings

from tests.factories import ChildInfoPageFactory, english_home, internal_section

PUBLIC_REQUIRED = {
    "default-src": "'self'",
    "script-src": "'self'",
    "style-src": "'self'",
    "object-src": "'none'",
    "base-uri": "'self'",
    "form-action": "'self'",
    "frame-ancestors": "'none'",
}


def directives(response):
    policy = response["Content-Security-Policy"]
    return {
        name: " ".join(values)
        for name, *values in (part.split() for part in policy.split(";") if part.strip())
    }


def test_every_public_page_has_the_strict_policy_and_privacy_headers(client, public_urls):
    for url in public_urls:
        response = client.get(url)
        assert response.status_code == 200, url
        policy = directives(response)
        for name, value in PUBLIC_REQUIRED.items():
            assert policy[name] == value, (url, name, policy.get(name))
        header = response["Content-Security-Policy"]
        assert "unsafe-inline" not in header and "unsafe-eval" not in header, url
        assert "http" not in header, f"another host allowed on {url}"
        assert response["Referrer-Policy"] == "no-referrer"
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["X-Frame-Options"] == "DENY"
        permissions = response["Permissions-Policy"]
        for feature in ("camera=()", "microphone=()", "geolocation=()", "interest-cohort=()"):
            assert feature in permissions, url


def test_public_pages_have_no_inline_script_or_style(client, public_urls):
    """What the strict policy would block must not be in the markup in the first place."""
    for url in public_urls:
        html = client.get(url).content.decode()
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html), url
        assert not re.search(r"<style\b", html), url
        assert not re.search(r"\sstyle=", html), url
        assert not re.search(r"\son[a-z]+=", html), f"inline event handler on {url}"


def test_search_and_errors_have_the_headers_too(client, db):
    for url, status in (("/sok/?q=x", 200), ("/finns-inte/", 404)):
        response = client.get(url)
        assert response.status_code == status
        assert directives(response)["frame-ancestors"] == "'none'"
        assert "Permissions-Policy" in response


@pytest.mark.parametrize("url", ["/admin/login/", "/admin/"])
def test_admin_gets_its_own_policy(admin_client, client, url):
    response = (admin_client if url == "/admin/" else client).get(url)
    assert response.status_code == 200
    policy = directives(response)
    assert policy["default-src"] == "'self'"
    assert "'unsafe-inline'" in policy["style-src"]
    assert policy["frame-ancestors"] == "'self'"
    assert policy["object-src"] == "'none'"
    assert "unsafe-eval" not in response["Content-Security-Policy"]
    assert response["Referrer-Policy"] == "same-origin"


def test_admin_pages_load_for_an_editor(admin_client):
    page = ChildInfoPageFactory()
    for url in (
        "/admin/",
        f"/admin/pages/{page.pk}/edit/",
        f"/admin/pages/{page.get_parent().pk}/",
        "/admin/snippets/child_info/glossaryterm/",
        "/admin/snippets/child_info/situation/",
    ):
        response = admin_client.get(url)
        assert response.status_code == 200, url
        assert "Content-Security-Policy" in response, url


def test_production_sends_hsts_and_keeps_the_headers():
    """HSTS is production's (the test server speaks plain HTTP): a year, with subdomains."""
    script = (
        "from django.conf import settings as s; "
        "print(s.SECURE_HSTS_SECONDS, s.SECURE_HSTS_INCLUDE_SUBDOMAINS, s.SECURE_SSL_REDIRECT, "
        "s.SECURE_REFERRER_POLICY, s.X_FRAME_OPTIONS, "
        "'portal.security.headers.PortalCSPMiddleware' in s.MIDDLEWARE)"
    )
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        SECRET_KEY="x" * 60,
        ALLOWED_HOSTS="barnensrost.example.se",
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", script],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.stdout.split() == ["31536000", "True", "True", "no-referrer", "DENY", "True"], (
        result.stderr
    )


def test_policy_settings_name_no_other_host():
    for policy in (settings.CONTENT_SECURITY_POLICY, settings.CONTENT_SECURITY_POLICY_ADMIN):
        for values in policy["DIRECTIVES"].values():
            assert not any(v.startswith("http") for v in values)


def test_preview_in_the_admin_may_be_framed_by_the_admin(admin_client):
    """A preview renders the public template through the middleware with a dummy request
    for the public URL; the admin's policy must win, or the editor's preview panel is blank."""
    page = ChildInfoPageFactory()
    revision = page.latest_revision
    response = admin_client.get(f"/admin/pages/{page.pk}/revisions/{revision.pk}/view/")
    assert response.status_code == 200
    assert page.title in response.content.decode()
    assert directives(response)["frame-ancestors"] == "'self'"
    assert "'unsafe-inline'" in directives(response)["style-src"]


def test_login_forms_send_a_same_origin_referrer(client, db):
    """Under no-referrer a browser posts "Origin: null" and Django's CSRF check refuses it."""
    response = client.get("/admin/login/")
    assert response["Referrer-Policy"] == "same-origin"
    assert client.get("/")["Referrer-Policy"] == "no-referrer"
    assert '<meta name="referrer" content="no-referrer">' in client.get("/").content.decode()


def test_admin_login_post_with_the_browsers_origin_passes_csrf(db, django_user_model):
    from django.test import Client

    django_user_model.objects.create_superuser("chef", password="ett-langt-losenord-1")
    browser = Client(enforce_csrf_checks=True)
    browser.get("/admin/login/")
    token = browser.cookies["csrftoken"].value
    data = {"csrfmiddlewaretoken": token, "username": "chef", "password": "ett-langt-losenord-1"}
    # What a browser sends under "same-origin": its own origin.
    response = browser.post("/admin/login/", data, HTTP_ORIGIN="http://testserver")
    assert response.status_code == 302
    # Under "no-referrer" it would send "null", which Django refuses.
    refused = Client(enforce_csrf_checks=True)
    refused.get("/admin/login/")
    data["csrfmiddlewaretoken"] = refused.cookies["csrftoken"].value
    assert refused.post("/admin/login/", data, HTTP_ORIGIN="null").status_code == 403


def test_the_login_path_of_the_public_frame_has_no_no_referrer_meta(rf, db):
    from django.template import Context, Template

    template = Template("{% load frame_tags %}{% referrer_policy_meta %}")
    login = template.render(Context({"request": rf.get("/logga-in/")}))
    page = template.render(Context({"request": rf.get("/om-soc/")}))
    assert login == ""
    assert page == '<meta name="referrer" content="no-referrer">'


def test_the_politicians_pages_send_a_same_origin_referrer_in_every_language(client, db):
    # The internal section is found by its view restriction (any slug: test_section_slug.py);
    # there is no English internal section (/en/internt/ is a 404 and posts nothing).
    english = english_home()
    for path in ("/logga-in/", "/en/logga-in/", internal_section().url):
        assert client.get(path)["Referrer-Policy"] == "same-origin", path
    assert client.get(english.url)["Referrer-Policy"] == "no-referrer"
    assert "no-referrer" not in client.get("/en/logga-in/").content.decode()
