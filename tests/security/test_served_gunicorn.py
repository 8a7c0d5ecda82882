"""The portal as production serves it: gunicorn with the project's gunicorn.conf.py, three
workers, production settings, the file cache on one machine (no Redis).

- Concurrent answers and failed logins never pass their limits (the counters are atomic
  across the workers, and a password is checked only within the limit).
- No client address in any log line, gunicorn's or the app's, with the access log on too:
  malformed requests (gunicorn: "Invalid request from ip=…"), a refused Host header
  (Django's DisallowedHost), normal requests.
"""

import re
import socket
import sqlite3
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor

import pytest

from bench.common import gunicorn, prepared_site, request

WORKERS = 3
RATE_LIMIT = 50


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("served")
    env, db_path = prepared_site(
        tmp,
        FEEDBACK_RATE_LIMIT=str(RATE_LIMIT),
        GUNICORN_ACCESS_LOG="-",
        GUNICORN_LOG_LEVEL="info",
        LOG_LEVEL="INFO",
    )
    log_path = tmp / "server.log"
    with open(log_path, "wb") as log, gunicorn(env, WORKERS, log=log) as port:
        yield port, db_path, log_path


def feedback_form(port):
    _status, _headers, html = request(port, "GET", "/tyck-till/")
    html = html.decode()
    action = re.search(r'<form[^>]*action="(/svara/\d+/)"', html).group(1)
    started = re.search(r'name="started"[^>]*value="([^"]+)"', html).group(1)
    return action, started


def count_answers(db_path):
    with sqlite3.connect(db_path) as db:
        return db.execute("SELECT COUNT(*) FROM feedback_feedbackresponse").fetchone()[0]


def test_concurrent_answers_never_pass_the_limit(served):
    port, db_path, _log = served
    # Each answer with a form of its own: a start token is good for one answer only.
    forms = [feedback_form(port) for _n in range(70)]
    time.sleep(3.2)  # FEEDBACK_MIN_FILL_SECONDS in production
    before = count_answers(db_path)
    bodies = [
        (
            action,
            urllib.parse.urlencode({"started": started, "treatment": "4", "age_band": "13-18"}),
        )
        for action, started in forms
    ]
    with ThreadPoolExecutor(max_workers=12) as pool:
        statuses = list(pool.map(lambda post: request(port, "POST", *post)[0], bodies))
    assert statuses.count(302) == RATE_LIMIT, statuses
    assert statuses.count(429) == 70 - RATE_LIMIT
    assert count_answers(db_path) == before + RATE_LIMIT


def login_token(port):
    _status, headers, html = request(port, "GET", "/admin/login/")
    cookie = re.search(r"csrftoken=([^;]+)", headers["Set-Cookie"]).group(1)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html.decode()).group(1)
    return cookie, token


def test_concurrent_failed_logins_check_the_password_only_within_the_limit(served):
    port, _db, _log = served
    cookie, token = login_token(port)
    body = urllib.parse.urlencode(
        {"csrfmiddlewaretoken": token, "username": "handlaggare-x", "password": "gissning"}
    )
    headers = {"Cookie": f"csrftoken={cookie}"}

    def attempt(_n):
        status, _headers, html = request(port, "POST", "/admin/login/", body, headers)
        assert status == 200
        return "För många misslyckade inloggningar" in html.decode()

    with ThreadPoolExecutor(max_workers=10) as pool:
        refused = list(pool.map(attempt, range(20)))
    # Five attempts reached the password check (and were told it was wrong); the rest were
    # refused before it.
    assert refused.count(False) == 5, refused
    assert refused.count(True) == 15


MALFORMED = [
    b"GARBAGE\r\n\r\n",
    b"GET / HTTP/9.9\r\nHost: 127.0.0.1\r\n\r\n",
    b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nBad Header Line\r\n\r\n",
    b"GET /" + b"a" * 9000 + b" HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
    b"G(T / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
]


def raw(port, data):
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(data)
        answer = b""
        while chunk := sock.recv(65536):
            answer += chunk
    return answer


def test_no_client_address_in_any_log(served):
    port, _db, log_path = served
    for data in MALFORMED:
        assert raw(port, data).startswith(b"HTTP/1.1 4")
    assert raw(port, b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
    for host in (b"192.0.2.7", b"[::1]"):  # not in ALLOWED_HOSTS: Django logs the Host
        answer = raw(port, b"GET / HTTP/1.1\r\nHost: " + host + b"\r\nConnection: close\r\n\r\n")
        assert answer.startswith(b"HTTP/1.1 400")
    assert request(port, "GET", "/om-soc/")[0] == 200
    time.sleep(0.5)  # let the workers flush their log lines
    log = log_path.read_text(errors="replace")
    # The lines are there, with the address replaced.
    assert "Invalid request from ip=[adress]" in log
    assert "Invalid HTTP_HOST header: '[adress]'" in log
    assert '"GET /om-soc/ HTTP/1.1" 200' in log  # the access log, without an address
    assert "Listening at: http://[adress]:" in log
    for address in ("127.0.0.1", "192.0.2.7", "::1"):
        assert address not in log, [line for line in log.splitlines() if address in line]
