"""Throughput of the public pages under gunicorn, measured with wrk against a static file.

Usage: .venv/bin/python bench/pages_load.py [--seconds 5] [--connections 16] [--workers 2]
(or `make bench`). A throwaway portal as in production (bench/common.py: production settings,
temporary SQLite, demo content, collectstatic, a file cache shared by the workers) is served
by gunicorn on loopback. Each row runs wrk for a few seconds: a static file through WhiteNoise
(the ceiling), the public pages (served by the page cache after the first request, as for
real readers; then again with the page cache off, as right after a publish), search, the
feedback form and a valid feedback answer (a wrk Lua script), "Ni sa – vi gjorde" and a
yearly report read by a logged-in politician. A URL that answers 404 (a part not built yet)
is shown as "saknas (404)". SQL queries per request are counted separately in-process
(bench/page_queries.py); the first-visit weight is what a browser downloads for an
information page: its HTML and the CSS and JS it links, compressed as served.
"""

import gzip
import json
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

from common import (
    PYTHON,
    ROOT,
    arguments,
    feedback_page,
    gunicorn,
    manage,
    prepared_site,
    request,
    site_path,
)
from wrk import ACCEPT, ensure_wrk, run_wrk

POLITICIAN = ("bench-politiker", "bench-losenord-som-ar-langt")
TARGET_RATIO = 0.25
TARGET_QUERIES = 10
TARGET_FIRST_VISIT = 60 * 1024


def first_visit_bytes(port, path):
    """(HTML bytes as sent, HTML gzipped, CSS + JS bytes as served compressed, file count)."""
    _status, _headers, html = request(port, "GET", path, headers=ACCEPT)
    text = html.decode()
    assets = re.findall(r'<link rel="stylesheet" href="([^"]+)"', text)
    assets += re.findall(r'<script src="([^"]+)"', text)
    weight = 0
    for asset in dict.fromkeys(assets):
        _status, _headers, body = request(port, "GET", asset, headers=ACCEPT)
        weight += len(body)
    return len(html), len(gzip.compress(html)), weight, len(dict.fromkeys(assets))


def politician_cookie(env, port):
    """Log a politician in at /logga-in/ as a browser would; None when there is no login."""
    status, headers, html = request(port, "GET", "/logga-in/")
    if status != 200:
        return None
    csrf_cookie = re.search(r"csrftoken=([^;]+)", headers.get("Set-Cookie", ""))
    token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    if not csrf_cookie or not token:
        return None
    username, password = POLITICIAN
    body = urllib.parse.urlencode(
        {"csrfmiddlewaretoken": token.group(1).decode(), "username": username, "password": password}
    )
    cookie = f"csrftoken={csrf_cookie.group(1)}"
    _status, headers, _html = request(port, "POST", "/logga-in/", body, headers={
        "Cookie": cookie, "Origin": f"http://127.0.0.1:{port}"})  # fmt: skip
    session = re.search(r"sessionid=([^;]+)", ", ".join(headers.get_all("Set-Cookie") or []))
    return f"{cookie}; sessionid={session.group(1)}" if session else None


def feedback_script(tmp, port, form_path, submit_path):
    """A wrk Lua script posting a valid answer with a start token old enough to be accepted."""
    _status, _headers, html = request(port, "GET", form_path)
    token = re.search(rb'name="started" value="([^"]+)"', html).group(1).decode()
    body = urllib.parse.urlencode({"started": token, "treatment": "4", "information": "5",
                                   "age_band": "9-12", "webbplats": ""})  # fmt: skip
    script = Path(tmp) / "feedback.lua"
    script.write_text(
        'wrk.method = "POST"\n'
        f'wrk.body = "{body}"\n'
        'wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"\n'
    )
    return str(script)


def make_politician(env):
    manage(env, "shell", "--no-imports", "-c", (
        "from django.contrib.auth.models import Group, User; "
        f"u = User.objects.create_user({POLITICIAN[0]!r}, password={POLITICIAN[1]!r}); "
        "u.groups.add(Group.objects.get(name='Politiker'))"
    ))  # fmt: skip


def count_queries(env, urls):
    out = subprocess.run([PYTHON, "bench/page_queries.py", *urls], cwd=ROOT, env=env,
                         capture_output=True, text=True, check=True).stdout  # fmt: skip
    return json.loads(out.strip().splitlines()[-1])


def main():
    args = arguments(__doc__, seconds=5, connections=16, workers=2)
    wrk = ensure_wrk()

    with tempfile.TemporaryDirectory(prefix="pages-bench-") as tmp:
        env, db_path = prepared_site(tmp, FEEDBACK_RATE_LIMIT="100000000")
        make_politician(env)
        with sqlite3.connect(db_path) as conn:
            topic = conn.execute(
                "SELECT p.url_path FROM wagtailcore_page p JOIN child_info_childinfopage c "
                "ON c.page_ptr_id = p.id WHERE p.live ORDER BY p.path LIMIT 1"
            ).fetchone()[0]
        topic = site_path(topic)
        feedback_id, feedback_form = feedback_page(db_path)
        submit = f"/svara/{feedback_id}/"

        rows = []
        with gunicorn(env, args.workers) as port:
            html = request(port, "GET", "/")[2].decode()
            static = re.search(r'<link rel="stylesheet" href="(/static/[^"]+)"', html).group(1)
            cookie = politician_cookie(env, port)
            plan = [
                ("statisk fil (WhiteNoise)", static, {}),
                ("startsidan", "/", {}),
                *(
                    (f"informationssida {b}", f"{topic}?alder={b}", {})
                    for b in ("5-8", "9-12", "13-18")
                ),  # fmt: skip
                ("ordlistan", "/ordlista/", {}),
                ("sök", "/sok/?q=socialsekreterare", {}),
                ("tyck till: formuläret", feedback_form, {}),
                ("tyck till: skicka svar", submit, {"post": True}),
                ("Ni sa – vi gjorde", "/ni-sa-vi-gjorde/", {}),
                ("årsrapport (politiker)", "/internt/2025/", {"login": True}),
            ]
            for label, path, how in plan:
                headers = {}
                if how.get("login"):
                    if cookie is None:
                        rows.append((label, path, "saknas (404)", None))
                        continue
                    headers["Cookie"] = cookie
                script = None
                if how.get("post"):
                    script = feedback_script(tmp, port, feedback_form, submit)
                    time.sleep(3.5)  # the minimum fill time
                    probe = 302
                else:
                    probe = request(port, "GET", path, headers=headers)[0]
                if probe == 404:
                    rows.append((label, path, "saknas (404)", None))
                    continue
                print(f"  wrk {args.seconds} s, {args.connections} connections: {label}")
                result = run_wrk(wrk, port, path, args.seconds, args.connections,
                                 headers.items(), script)  # fmt: skip
                rows.append((label, path, "ok", result))
            html_bytes, html_gzip, asset_bytes, assets = first_visit_bytes(
                port, f"{topic}?alder=9-12"
            )
        # The same pages rendered every time: what a reader gets right after a publish.
        with gunicorn({**env, "PAGE_CACHE_SECONDS": "0"}, args.workers) as port:
            for label, path in (
                ("startsidan utan sidcache", "/"),
                ("informationssida 9-12 utan sidcache", f"{topic}?alder=9-12"),
                ("ordlistan utan sidcache", "/ordlista/"),
                ("statisk fil igen", static),
            ):
                print(f"  wrk {args.seconds} s, {args.connections} connections: {label}")
                result = run_wrk(wrk, port, path, args.seconds, args.connections)
                rows.append((label, path, "ok", result))

        query_urls = {}
        for label, path, state, _result in rows:
            if state != "ok" or label.startswith("statisk"):
                continue
            if "utan sidcache" in label or label.startswith("statisk"):
                continue
            if path == submit:
                query_urls[label] = f"POST:{path}"
            elif label.startswith("årsrapport"):
                query_urls[label] = f"AS:{POLITICIAN[0]}:{path}"
            else:
                query_urls[label] = path
        queries = count_queries(env, list(query_urls.values()))

    # The machine may be busy with other work: the better of the two static runs is the ceiling.
    static_rps = max(r[3]["rps"] for r in rows if r[1] == static)
    print()
    print(f"{args.workers} gunicorn workers, wrk {args.connections} connections, "
          f"{args.seconds} s per row, {os.cpu_count()} CPUs")  # fmt: skip
    head = f"{'':36} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'vs static':>9} {'SQL miss/hit':>13}"
    print(head)
    print("-" * len(head))
    worst_ratio, worst_queries = 1.0, 0
    for label, _path, state, result in rows:
        if state != "ok":
            print(f"{label:36} {state}")
            continue
        ratio = result["rps"] / static_rps
        sql = queries.get(query_urls.get(label.replace(" utan sidcache", ""), ""), None)
        sql_text = f"{sql[0]}/{sql[1]}" if sql else "–"
        if sql and "utan sidcache" in label:
            sql_text = f"{sql[0]}/–"
        note = f"  ({result['non2xx']} non-2xx/3xx)" if result["non2xx"] else ""
        print(f"{label:36} {result['rps']:8.0f} {result['p50']:8.1f} {result['p99']:8.1f} "
              f"{ratio:8.0%} {sql_text:>13}{note}")  # fmt: skip
        public = label.startswith(("startsidan", "informationssida", "ordlistan"))
        if public and sql and "utan sidcache" not in label:
            worst_ratio = min(worst_ratio, ratio)
            worst_queries = max(worst_queries, sql[0])
    # gunicorn sends HTML uncompressed (a proxy may gzip it); WhiteNoise sends CSS/JS as br.
    first_visit = html_bytes + asset_bytes
    print()
    print(f"First visit to an information page: HTML {html_bytes / 1024:.1f} KB as sent "
          f"({html_gzip / 1024:.1f} KB if a proxy gzips it) + {assets} CSS/JS files "
          f"{asset_bytes / 1024:.1f} KB compressed = {first_visit / 1024:.1f} KB")  # fmt: skip
    checks = [
        (f"public pages (page cache) >= {TARGET_RATIO:.0%} of static", worst_ratio >= TARGET_RATIO),
        (f"<= {TARGET_QUERIES} queries per uncached public page", worst_queries <= TARGET_QUERIES),
        ("first visit < 60 KB compressed", first_visit < TARGET_FIRST_VISIT),
    ]
    for text, ok in checks:
        print(f"{'OK  ' if ok else 'FAIL'} {text}")
    return 0 if all(ok for _text, ok in checks) else 1


if __name__ == "__main__":
    sys.exit(main())
