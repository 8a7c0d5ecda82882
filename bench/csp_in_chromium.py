"""Load public and admin pages in headless Chromium and report Content-Security-Policy errors.

Usage: .venv/bin/python bench/csp_in_chromium.py (or `make csp-check`). Needs Chromium
(`apt-get install chromium`) and Playwright (requirements-dev.txt). The portal runs as in
production (bench/common.py) under gunicorn on loopback. Chromium reads the public pages as
an anonymous reader (listen button, quick exit, the feedback form sent), logs in to the
Wagtail admin (dashboard, page editor with the preview panel, listings, settings) and reads
the public pages again as an editor (with the userbar). Any console message about the policy,
or a script error, fails the run. First it checks that it would see one: an inline style
injected into a public page must be reported.
"""

import shutil
import sqlite3
import sys
import tempfile

from common import gunicorn, manage, prepared_site

ADMIN = ("bench-admin", "bench-admin-losenord-langt")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]  # fmt: skip


def chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if shutil.which(name):
            return shutil.which(name)
    raise SystemExit("Chromium is needed: `sudo apt-get install chromium`.")


def is_csp_message(text):
    return "Content Security Policy" in text or "Content-Security-Policy" in text


def main():
    from playwright.sync_api import sync_playwright

    executable = chromium()
    with tempfile.TemporaryDirectory(prefix="csp-check-") as tmp:
        env, db_path = prepared_site(tmp)
        manage(env, "shell", "--no-imports", "-c", (
            "from django.contrib.auth.models import User; "
            f"User.objects.create_superuser({ADMIN[0]!r}, password={ADMIN[1]!r})"
        ))  # fmt: skip
        with sqlite3.connect(db_path) as conn:
            topic_id, topic_path = conn.execute(
                "SELECT p.id, p.url_path FROM wagtailcore_page p JOIN child_info_childinfopage c "
                "ON c.page_ptr_id = p.id WHERE p.live ORDER BY p.path LIMIT 1"
            ).fetchone()
            index_id = conn.execute(
                "SELECT page_ptr_id FROM child_info_childinfoindexpage LIMIT 1"
            ).fetchone()[0]
        topic = "/" + topic_path.strip("/").split("/", 1)[1] + "/"
        public = ["/", "/om-soc/", *(f"{topic}?alder={b}" for b in ("5-8", "9-12", "13-18")),
                  "/ordlista/", "/sok/?q=socialsekreterare", "/tyck-till/", "/en/"]  # fmt: skip
        admin = [
            "/admin/",
            f"/admin/pages/{topic_id}/edit/",
            f"/admin/pages/{index_id}/",
            "/admin/snippets/child_info/glossaryterm/",
            "/admin/snippets/child_info/situation/",
            "/admin/images/",
            "/admin/users/",
            "/admin/settings/home/sitesettings/",
        ]

        with gunicorn(env, 1) as port, sync_playwright() as p:
            base = f"http://127.0.0.1:{port}"
            browser = p.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
            page = browser.new_page()
            problems = []
            page.on("console", lambda m: problems.append((page.url, m.text))
                    if is_csp_message(m.text) else None)  # fmt: skip
            page.on("pageerror", lambda e: problems.append((page.url, f"script error: {e}")))

            page.goto(base + f"{topic}?alder=9-12", wait_until="networkidle")
            inject = (
                "() => { const s = document.createElement('style');"
                " s.textContent = 'body {}'; document.head.appendChild(s); }"
            )
            page.evaluate(inject)
            page.wait_for_timeout(300)
            if not problems:
                raise SystemExit("FAIL: Chromium did not report an injected inline style")
            problems.clear()

            for url in public:
                page.goto(base + url, wait_until="networkidle")
            page.goto(base + f"{topic}?alder=9-12", wait_until="networkidle")
            print(f"listen button present: {page.locator('.listen-button').count()}")
            page.goto(base + "/tyck-till/", wait_until="networkidle")
            page.wait_for_timeout(3500)  # the minimum fill time
            page.locator("input[name=treatment]").first.check()
            page.locator("form.feedback-form [type=submit]").first.click()
            page.wait_for_load_state("networkidle")
            print(f"after sending feedback: {page.url.split('?')[0]}")
            print(f"cookies as a reader: {len(page.context.cookies())}")

            page.goto(base + "/admin/login/", wait_until="networkidle")
            page.fill("input[name=username]", ADMIN[0])
            page.fill("input[name=password]", ADMIN[1])
            page.click("button[type=submit]")
            page.wait_for_load_state("networkidle")
            if "/admin/login/" in page.url:
                raise SystemExit("FAIL: could not log in to the admin")
            for url in admin:
                page.goto(base + url, wait_until="networkidle")
            page.goto(base + f"/admin/pages/{topic_id}/edit/", wait_until="networkidle")
            page.locator("[data-side-panel-toggle='preview']").first.click()
            page.wait_for_timeout(3000)
            previews = [f.url for f in page.frames if "/preview/" in f.url]
            print(f"preview panel frames: {len(previews)}")
            for url in public:
                page.goto(base + url, wait_until="networkidle")
            print(f"userbar as an editor: {page.locator('wagtail-userbar').count()}")
            browser.close()

    for url, text in problems:
        print(f"{url}: {text}")
    if problems or not previews:
        print("FAIL")
        return 1
    print(f"OK: {len(public) * 2 + len(admin) + 3} page loads, no Content-Security-Policy error")
    return 0


if __name__ == "__main__":
    sys.exit(main())
