"""Load test for anonymous feedback: gunicorn on loopback, SQLite, 20 concurrent clients.

Usage: .venv/bin/python bench/feedback_load.py [--clients 20] [--per-client 12] [--workers 4]
(or `make bench-feedback`). Everything happens in a temporary directory: production settings
with a throwaway SECRET_KEY, a fresh SQLite database (WAL), migrate, demo content,
collectstatic. Each client opens the form once (as a child would), waits the minimum fill
time, then sends its answers. Afterwards the rows are counted: every accepted submission
(HTTP 302 to the thank-you page) must be stored.
"""

import argparse
import http.client
import os
import re
import secrets
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = str(ROOT / ".venv" / "bin" / "python")
GUNICORN = str(ROOT / ".venv" / "bin" / "gunicorn")
TEXTS = [
    "Hon lyssnade på mig och förklarade vad som skulle hända.",
    "Det var för många nya personer. Ring mig på 070-123 45 67.",
    "Bra att vi kunde ses på skolan.",
    "Jag är rädd att gå hem ibland.",
]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def manage(env, *args):
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True,
                   stdout=subprocess.DEVNULL)  # fmt: skip


def count_rows(db_path):
    with sqlite3.connect(db_path) as conn:
        return conn.execute("SELECT COUNT(*) FROM feedback_feedbackresponse").fetchone()[0]


def request(port, method, path, body=None):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    headers = {"Content-Type": "application/x-www-form-urlencoded"} if body else {}
    conn.request(method, path, body=body, headers=headers)
    response = conn.getresponse()
    data = response.read()
    conn.close()
    return response.status, data


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


def client(port, page_path, submit_path, count, min_fill, results, index):
    status, html = request(port, "GET", page_path)
    assert status == 200, status
    token = re.search(rb'name="started" value="([^"]+)"', html).group(1).decode()
    time.sleep(min_fill + 0.5)  # a child takes a moment before sending
    for n in range(count):
        body = urllib.parse.urlencode(
            {
                "started": token,
                "treatment": str(1 + (index + n) % 5),
                "information": str(1 + n % 5),
                "age_band": ["5-8", "9-12", "13-18", ""][n % 4],
                "good_text": TEXTS[(index + n) % len(TEXTS)],
            }
        )
        start = time.perf_counter()
        status, _body = request(port, "POST", submit_path, body)
        end = time.perf_counter()
        results.append((status, end - start, start, end))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--per-client", type=int, default=12)
    parser.add_argument("--workers", type=int, default=4)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="feedback-bench-") as tmp:
        db_path = Path(tmp) / "db.sqlite3"
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "portal.settings.production",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": "127.0.0.1",
            "DATABASE_URL": f"sqlite:///{db_path}",
            "STATIC_ROOT": str(Path(tmp) / "static"),
            "SECURE_SSL_REDIRECT": "0",
            "SECURE_COOKIES": "0",
            # Every client here shares 127.0.0.1, so the per-address limit is lifted.
            "FEEDBACK_RATE_LIMIT": "1000000",
        }
        print("Preparing a fresh database (migrate, demo content, collectstatic)...")
        manage(env, "migrate", "--noinput")
        manage(env, "load_demo_content")
        manage(env, "collectstatic", "--noinput")
        with sqlite3.connect(db_path) as conn:
            page_id, url_path = conn.execute(
                "SELECT p.id, p.url_path FROM wagtailcore_page p "
                "JOIN feedback_feedbackpage f ON f.page_ptr_id = p.id"
            ).fetchone()
        before = count_rows(db_path)

        port = free_port()
        # No --access-logfile: gunicorn writes no access log, so no client address is logged.
        proc = subprocess.Popen(
            [GUNICORN, "portal.wsgi:application", "--bind", f"127.0.0.1:{port}",
             "--workers", str(args.workers), "--log-level", "warning", "--no-control-socket"],
            cwd=ROOT, env=env,
        )  # fmt: skip
        try:
            wait_until_up(port, proc)
            page_path = "/" + url_path.strip("/").split("/", 1)[1] + "/"
            results = []
            threads = [
                threading.Thread(
                    target=client,
                    args=(port, page_path, f"/svara/{page_id}/", args.per_client, 3, results, i),
                )
                for i in range(args.clients)
            ]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
        finally:
            proc.terminate()
            proc.wait(timeout=30)

        stored = count_rows(db_path) - before
        # Time only the sending: from the first answer sent to the last one answered.
        elapsed = max(r[3] for r in results) - min(r[2] for r in results)
        accepted = sum(1 for r in results if r[0] == 302)
        errors = sorted({r[0] for r in results if r[0] != 302})
        latencies = sorted(r[1] for r in results)
        p95 = latencies[max(0, int(len(latencies) * 0.95) - 1)]
        print(f"clients: {args.clients}, submissions sent: {len(results)}, accepted: {accepted}")
        print(f"other status codes: {errors or 'none'}")
        print(f"rows stored: {stored}")
        print(f"submissions/s: {len(results) / elapsed:.1f}")
        print(f"latency p50: {statistics.median(latencies) * 1000:.0f} ms, "
              f"p95: {p95 * 1000:.0f} ms")  # fmt: skip
        if stored != accepted or accepted != len(results):
            print("FAIL: not every submission was accepted and stored")
            return 1
        print("OK: every accepted submission is stored")
        return 0


if __name__ == "__main__":
    sys.exit(main())
