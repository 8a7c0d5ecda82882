"""Load test for anonymous feedback: gunicorn on loopback, SQLite, 20 concurrent clients.

Usage: .venv/bin/python bench/feedback_load.py [--clients 20] [--per-client 12] [--workers 4]
(or `make bench-feedback`). Everything happens in a temporary directory: production settings
with a throwaway SECRET_KEY, a fresh SQLite database (WAL), migrate, demo content,
collectstatic. Each client opens the form once (as a child would), waits the minimum fill
time, then sends its answers. Afterwards the rows are counted: every accepted submission
(HTTP 302 to the thank-you page) must be stored.
"""

import re
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
import urllib.parse

from common import arguments, feedback_page, gunicorn, prepared_site, request

TEXTS = [
    "Hon lyssnade på mig och förklarade vad som skulle hända.",
    "Det var för många nya personer. Ring mig på 070-123 45 67.",
    "Bra att vi kunde ses på skolan.",
    "Jag är rädd att gå hem ibland.",
]


def count_rows(db_path):
    with sqlite3.connect(db_path) as conn:
        return conn.execute("SELECT COUNT(*) FROM feedback_feedbackresponse").fetchone()[0]


def client(port, page_path, submit_path, count, min_fill, results, index):
    tokens = []  # a start token serves one answer: one form per answer
    for _n in range(count):
        status, _headers, html = request(port, "GET", page_path)
        assert status == 200, status
        tokens.append(re.search(rb'name="started" value="([^"]+)"', html).group(1).decode())
    time.sleep(min_fill + 0.5)  # a child takes a moment before sending
    for n, token in enumerate(tokens):
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
        status, _headers, _body = request(port, "POST", submit_path, body)
        end = time.perf_counter()
        results.append((status, end - start, start, end))


def main():
    args = arguments(__doc__, clients=20, per_client=12, workers=4)

    with tempfile.TemporaryDirectory(prefix="feedback-bench-") as tmp:
        # Every client here shares 127.0.0.1, so the per-address limit is lifted.
        env, db_path = prepared_site(tmp, FEEDBACK_RATE_LIMIT="1000000")
        page_id, page_path = feedback_page(db_path)
        before = count_rows(db_path)

        with gunicorn(env, args.workers) as port:
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
