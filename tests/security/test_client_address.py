"""Client addresses come only from what our own proxies wrote into X-Forwarded-For.

The client writes the left-most entries; a forged one must change nothing for the feedback
rate limit or the login counters.
"""

import pytest
from django.test import Client, override_settings

from portal.security.client_address import client_address
from tests.factories import FeedbackPageFactory
from tests.feedback.conftest import post_feedback, started_token  # noqa: F401
from tests.security.test_login_lockout import PASSWORD, editor, make_staff  # noqa: F401


@pytest.fixture
def feedback_page(db):
    """The feedback form that ``post_feedback`` posts to."""
    return FeedbackPageFactory()


PROXY = "10.0.0.2"  # our reverse proxy: gunicorn's REMOTE_ADDR
CLIENT = "203.0.113.50"
BEHIND_ONE_PROXY = override_settings(TRUSTED_PROXY_COUNT=1)


@pytest.mark.parametrize(
    ("proxies", "forwarded", "expected"),
    [
        (0, None, PROXY),  # no proxy configured: only REMOTE_ADDR
        (0, f"6.6.6.6, {CLIENT}", PROXY),  # ... the header is never read
        (1, None, PROXY),  # no header: REMOTE_ADDR
        (1, CLIENT, CLIENT),  # one proxy appended what it saw
        (1, f"6.6.6.6, {CLIENT}", CLIENT),  # a forged left-most entry is ignored
        (1, f"1.1.1.1, 2.2.2.2, {CLIENT}", CLIENT),
        (1, f"nonsens, {CLIENT}", CLIENT),
        (2, f"6.6.6.6, {CLIENT}, 10.0.0.9", CLIENT),  # CDN + our proxy
        (2, CLIENT, PROXY),  # fewer entries than proxies: not through them all
    ],
)
def test_the_right_most_untrusted_entry(rf, settings, proxies, forwarded, expected):
    settings.TRUSTED_PROXY_COUNT = proxies
    extra = {"REMOTE_ADDR": PROXY}
    if forwarded:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    assert client_address(rf.get("/", **extra)) == expected


@BEHIND_ONE_PROXY
def test_a_forged_entry_does_not_escape_the_feedback_rate_limit(post_feedback, settings):  # noqa: F811
    settings.FEEDBACK_RATE_LIMIT = 3
    codes = [
        post_feedback(
            {"treatment": "2"},
            REMOTE_ADDR=PROXY,
            HTTP_X_FORWARDED_FOR=f"192.0.2.{n}, {CLIENT}",  # a new forged address each time
        ).status_code
        for n in range(6)
    ]
    assert codes == [302, 302, 302, 429, 429, 429]
    # Another real client behind the same proxy is counted apart.
    other = post_feedback(
        {"treatment": "2"}, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="198.51.100.4"
    )
    assert other.status_code == 302


@BEHIND_ONE_PROXY
def test_a_forged_entry_does_not_escape_the_login_lock(editor, settings):  # noqa: F811
    for n in range(settings.LOGIN_FAILURE_LIMIT + 5):
        client = Client(REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=f"192.0.2.{n}, {CLIENT}")
        client.post("/admin/login/", {"username": editor.username, "password": "fel"})
    client = Client(REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=f"192.0.2.99, {CLIENT}")
    response = client.post("/admin/login/", {"username": editor.username, "password": PASSWORD})
    assert "_auth_user_id" not in client.session
    assert "För många misslyckade inloggningar" in response.content.decode()
    # The staff member's own address, behind the same proxy, is not locked.
    client = Client(REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="198.51.100.4")
    client.post("/admin/login/", {"username": editor.username, "password": PASSWORD})
    assert "_auth_user_id" in client.session


@BEHIND_ONE_PROXY
def test_a_forged_entry_does_not_escape_the_address_slowdown(db, settings):
    for n in range(settings.LOGIN_FAILURE_LIMIT_PER_ADDRESS):
        client = Client(REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=f"192.0.2.{n}, {CLIENT}")
        client.post("/admin/login/", {"username": f"gissning-{n}", "password": "fel"})
    answers = []
    for n in range(3):
        client = Client(REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=f"192.0.2.{100 + n}, {CLIENT}")
        response = client.post("/admin/login/", {"username": f"x-{n}", "password": "fel"})
        answers.append("Vänta 10 sekunder" in response.content.decode())
    assert answers == [False, True, True]  # one check per slow-down, whatever was forged


def test_production_refuses_the_old_header_setting_and_reads_the_proxy_count():
    from tests.home.test_production_settings import run_manage

    env = {"SECRET_KEY": "s" * 60, "ALLOWED_HOSTS": "barnensrost.example.se"}
    old = run_manage("check", env_overrides={**env, "FEEDBACK_CLIENT_ADDRESS_HEADER": "X"})
    assert old.returncode != 0 and "TRUSTED_PROXY_COUNT" in old.stderr
    code = "from django.conf import settings as s; print(s.TRUSTED_PROXY_COUNT)"
    new = run_manage(
        "shell", "--no-imports", "-c", code, env_overrides={**env, "TRUSTED_PROXY_COUNT": "2"}
    )
    assert new.stdout.strip() == "2", new.stderr
