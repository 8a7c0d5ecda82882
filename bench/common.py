"""Shared pieces of the load tests: a throwaway production-like portal on loopback.

``arguments(__doc__, name=default, ...)`` reads a load test's whole-number options;
``prepared_site(tmp)`` makes the environment (production settings, a throwaway SECRET_KEY, a
fresh SQLite database in WAL mode, a file cache, static files) and fills it (migrate, demo
content, collectstatic); ``gunicorn(env, workers)`` serves it on a free loopback port with the
project's ``gunicorn.conf.py``: no access log (unless ``GUNICORN_ACCESS_LOG`` is set, and then
without addresses), error log lines scrubbed of addresses. ``feedback_page(db_path)`` finds
the demo's feedback form in that database and ``site_path`` turns a page's ``url_path`` into
its address on the site.
"""

import argparse
import contextlib
import http.client
import os
import secrets
import socket
import sqlite3
import subprocess
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = str(ROOT / ".venv" / "bin" / "python")
GUNICORN = str(ROOT / ".venv" / "bin" / "gunicorn")


def arguments(doc, **defaults):
    """The command line of a load test described by ``doc`` (its first line): an ``--option``
    taking a whole number for each keyword, ``per_client=12`` being ``--per-client``."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    for name, default in defaults.items():
        parser.add_argument("--" + name.replace("_", "-"), type=int, default=default)
    return parser.parse_args()


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def manage(env, *args, capture=False):
    result = subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True,
                            stdout=subprocess.PIPE if capture else subprocess.DEVNULL,
                            text=True)  # fmt: skip
    return result.stdout


def prepared_site(tmp, **extra_env):
    """The environment of a fresh portal in ``tmp``: migrated, demo content, static files."""
    tmp = Path(tmp)
    db_path = tmp / "db.sqlite3"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": f"sqlite:///{db_path}",
        "STATIC_ROOT": str(tmp / "static"),
        "CACHE_DIR": str(tmp / "cache"),
        "SECURE_SSL_REDIRECT": "0",
        "SECURE_COOKIES": "0",
        **extra_env,
    }
    print("Preparing a fresh database (migrate, demo content, collectstatic)...")
    manage(env, "migrate", "--noinput")
    manage(env, "load_demo_content")
    manage(env, "collectstatic", "--noinput")
    return env, db_path


def site_path(url_path):
    """A page's address on the site: its ``url_path`` without the site root's segment."""
    return "/" + url_path.strip("/").split("/", 1)[1] + "/"


def feedback_page(db_path):
    """(page id, address) of the feedback form in the prepared database."""
    with sqlite3.connect(db_path) as conn:
        page_id, url_path = conn.execute(
            "SELECT p.id, p.url_path FROM wagtailcore_page p "
            "JOIN feedback_feedbackpage f ON f.page_ptr_id = p.id"
        ).fetchone()
    return page_id, site_path(url_path)


def request(port, method, path, body=None, headers=None):
    """(status, headers, body) of one request to the portal on loopback."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    headers = dict(headers or {})
    if body:
        headers.setdefault("Content-Type", "application/x-www-form-urlencoded")
    conn.request(method, path, body=body, headers=headers)
    response = conn.getresponse()
    data = response.read()
    conn.close()
    return response.status, response.headers, data


def wait_until_up(port, proc, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit("gunicorn exited early")
        try:
            if request(port, "GET", "/healthz")[0] == 200:
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("gunicorn did not start")


@contextlib.contextmanager
def gunicorn(env, workers, log=None):
    """Serve the portal on a free loopback port; yields the port. ``log``: a file object for
    gunicorn's output (else the terminal)."""
    port = free_port()
    proc = subprocess.Popen(
        [GUNICORN, "-c", str(ROOT / "gunicorn.conf.py"), "portal.wsgi:application",
         "--bind", f"127.0.0.1:{port}", "--workers", str(workers)],
        cwd=ROOT, env={"GUNICORN_LOG_LEVEL": "warning", **env},
        stdout=log, stderr=subprocess.STDOUT if log else None,
    )  # fmt: skip
    try:
        wait_until_up(port, proc)
        yield port
    finally:
        proc.terminate()
        proc.wait(timeout=30)
