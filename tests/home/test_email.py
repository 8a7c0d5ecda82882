"""Wagtail's e-mails go out: a workflow notice to the reviewers, a password reset link."""

import re

import pytest
from django.core import mail
from django.test import Client

from child_info.models import ChildInfoPage
from portal.security.roles import EDITORS
from tests.child_info.test_admin import page_form
from tests.factories import child_info_index
from tests.home.test_production_settings import run_manage

PASSWORD = "ett-riktigt-langt-losenord"


@pytest.fixture
def editors(db, django_user_model):
    from django.contrib.auth.models import Group

    group = Group.objects.get(name=EDITORS)
    made = []
    for username, email in (("skribent", "skribent@example.se"), ("granskare", "g@example.se")):
        user = django_user_model.objects.create_user(
            username, email=email, password=PASSWORD, first_name=username.title()
        )
        user.groups.add(group)
        made.append(user)
    return made


def test_submitting_a_page_for_moderation_mails_the_reviewers(editors, settings):
    writer, reviewer = editors
    client = Client()
    client.force_login(writer)
    index = child_info_index()
    data = {**page_form("granskas", "<p>Vi ses i dag.</p>"), "action-submit": "Skicka"}
    response = client.post(f"/admin/pages/add/child_info/childinfopage/{index.pk}/", data)
    assert response.status_code == 302
    page = ChildInfoPage.objects.get(slug="granskas")
    assert page.workflow_in_progress
    sent = [m for m in mail.outbox if reviewer.email in m.to]
    assert len(sent) == 1, [(m.to, m.subject) for m in mail.outbox]
    notice = sent[0]
    assert writer.email not in notice.to  # the writer is not asked to review their own page
    assert notice.subject.startswith('Sidan "En ny sida" har skickats in för godkännande')
    assert "Hej Granskare" in notice.body
    base = settings.WAGTAILADMIN_BASE_URL
    assert f"Du kan redigera sidan här: {base}/admin/pages/{page.pk}/edit/" in notice.body
    assert notice.from_email == settings.DEFAULT_FROM_EMAIL


def test_the_admin_password_reset_sends_a_working_link(editors, settings):
    writer = editors[0]
    client = Client()
    page = client.get("/admin/password_reset/")
    assert page.status_code == 200
    response = client.post("/admin/password_reset/", {"email": writer.email})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [writer.email]
    assert message.subject.strip() == "Återställ lösenord"
    assert "Vänligen följ länken för att återställa ditt lösenord" in message.body
    assert message.from_email == settings.DEFAULT_FROM_EMAIL
    link = re.search(r"https?://\S+/admin/password_reset/confirm/\S+/", message.body).group(0)
    assert link.startswith(settings.WAGTAILADMIN_BASE_URL)
    path = link.removeprefix(settings.WAGTAILADMIN_BASE_URL)
    form = client.get(path, follow=True)
    assert 'name="new_password1"' in form.content.decode()
    new = "ett-helt-nytt-langt-losen"
    done = client.post(
        form.redirect_chain[-1][0], {"new_password1": new, "new_password2": new}, follow=True
    )
    assert done.status_code == 200
    writer.refresh_from_db()
    assert writer.check_password(new)


def test_an_unknown_address_gets_the_same_answer_and_no_mail(db):
    response = Client().post("/admin/password_reset/", {"email": "ingen@example.se"})
    assert response.status_code == 302
    assert mail.outbox == []


SECRETS = {"SECRET_KEY": "a-long-random-production-secret-" + "x7Q!p9#Lm2$" * 4}


def test_production_reads_the_mail_server_from_the_environment():
    env = {
        **SECRETS,
        "ALLOWED_HOSTS": "barnensrost.example.se",
        "EMAIL_HOST": "smtp.kommun.example.se",
        "EMAIL_PORT": "465",
        "EMAIL_HOST_USER": "barnensrost",
        "EMAIL_HOST_PASSWORD": "hemligt-smtp-losen",
        "EMAIL_USE_SSL": "1",
        "DEFAULT_FROM_EMAIL": "Barnens röst <barnensrost@kommun.example.se>",
    }
    names = [
        "EMAIL_BACKEND",
        "EMAIL_HOST",
        "EMAIL_PORT",
        "EMAIL_HOST_USER",
        "EMAIL_HOST_PASSWORD",
        "EMAIL_USE_SSL",
        "EMAIL_USE_TLS",
        "DEFAULT_FROM_EMAIL",
        "SERVER_EMAIL",
    ]
    code = "from django.conf import settings as s; " + "; ".join(
        f"print(s.{name})" for name in names
    )
    result = run_manage("shell", "--no-imports", "-c", code, env_overrides=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "django.core.mail.backends.smtp.EmailBackend",
        "smtp.kommun.example.se",
        "465",
        "barnensrost",
        "hemligt-smtp-losen",
        "True",
        "False",  # TLS is the default, but not together with SSL
        "Barnens röst <barnensrost@kommun.example.se>",
        "Barnens röst <barnensrost@kommun.example.se>",
    ]


def test_check_deploy_warns_when_no_mail_server_is_set():
    result = run_manage(
        "check", "--deploy", env_overrides={**SECRETS, "ALLOWED_HOSTS": "barnensrost.example.se"}
    )
    assert "home.W001" in result.stderr + result.stdout
    assert "home.W002" in result.stderr + result.stdout
