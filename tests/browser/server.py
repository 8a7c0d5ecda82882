"""The portal the browser tests look at: its own SQLite database, served by gunicorn.

``ServedPortal.start()`` makes a temporary directory, migrates a fresh SQLite database there,
loads the demo content, creates a politician and serves the portal on 127.0.0.1 with the first
free port in 8200-8299 (``portal.settings.test`` with ``BROWSER_TEST_DIR``; static files by
WhiteNoise from the finders, media by ``tests/browser/urls.py``). The pytest database is never
touched. ``stop()`` ends gunicorn and removes the directory.
"""

import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PORTS = range(8200, 8300)
STARTUP_SECONDS = 30


def port_is_free(port):
    with socket.socket() as sock:
        # As gunicorn binds: a port left in TIME_WAIT by an earlier run is free.
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


@dataclass
class ServedPortal:
    directory: Path = None
    url: str = ""
    politician: tuple = ()
    log_path: Path = None
    process: subprocess.Popen = field(default=None, repr=False)

    def start(self):
        self.directory = Path(tempfile.mkdtemp(prefix="barnens-rost-browser-"))
        (self.directory / "static").mkdir()
        self.log_path = self.directory / "server.log"
        self.politician = ("politiker-webblasare", secrets.token_urlsafe(16))
        env = {key: value for key, value in os.environ.items() if key != "DATABASE_URL"}
        env.update(
            DJANGO_SETTINGS_MODULE="portal.settings.test",
            BROWSER_TEST_DIR=str(self.directory),
            BROWSER_TEST_POLITICIAN=":".join(self.politician),
            # The tests send answers right away; the fill-time check has tests of its own.
            FEEDBACK_MIN_FILL_SECONDS="0",
            PYTHONUNBUFFERED="1",
        )
        subprocess.run(
            [sys.executable, "-m", "tests.browser.prepare_portal"],
            cwd=ROOT,
            env=env,
            check=True,
        )
        for port in PORTS:
            if port_is_free(port) and self._serve(port, env):
                self.url = f"http://127.0.0.1:{port}"
                return self
        raise RuntimeError("No free port in 8200-8299 for the browser tests")

    def _serve(self, port, env):
        """Start gunicorn on the port; True once /healthz answers, False if it cannot bind."""
        with open(self.log_path, "ab") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "gunicorn", "portal.wsgi:application",
                 "--bind", f"127.0.0.1:{port}", "--workers", "1", "--threads", "8",
                 "--log-level", "warning", "--no-control-socket"],
                cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
            )  # fmt: skip
        deadline = time.monotonic() + STARTUP_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                log = self.log_path.read_text(errors="replace")
                if "Connection in use" in log or "Address already in use" in log:
                    self.log_path.write_text("")
                    return False  # the port was taken meanwhile: try the next one
                raise RuntimeError(f"gunicorn for the browser tests exited:\n{log}")
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as r:  # noqa: S310
                    if r.status == 200:
                        return True
            except (OSError, urllib.error.URLError):
                time.sleep(0.1)
        self._end_process()
        log = self.log_path.read_text(errors="replace")
        raise RuntimeError(f"The served portal did not answer /healthz in time:\n{log}")

    def _end_process(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def stop(self):
        self._end_process()
        if self.directory:
            shutil.rmtree(self.directory, ignore_errors=True)

    def path(self, url):
        """``/path?query`` of a URL on the served site (the sitemap names the Site's host)."""
        parts = urllib.parse.urlsplit(url)
        return parts.path + (f"?{parts.query}" if parts.query else "")
