"""Test settings: SQLite by default, PostgreSQL when DATABASE_URL is set (make test-postgres)."""

import os
from pathlib import Path

import dj_database_url

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-secret-key-barnens-rost-not-for-production"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
DEMO_USERS_PASSWORD = None

if os.environ.get("BROWSER_TEST_DIR"):
    # The portal the browser tests serve (tests/browser/server.py): its own SQLite file, media
    # and static files in a temporary directory, never the pytest database.
    _browser_dir = Path(os.environ["BROWSER_TEST_DIR"])
    DATABASES["default"]["NAME"] = _browser_dir / "db.sqlite3"  # noqa: F405
    MEDIA_ROOT = _browser_dir / "media"
    STATIC_ROOT = _browser_dir / "static"
    WHITENOISE_USE_FINDERS = True
    ROOT_URLCONF = "tests.browser.urls"  # portal.urls plus /media/ (DEBUG is off)
    FEEDBACK_MIN_FILL_SECONDS = int(
        os.environ.get("FEEDBACK_MIN_FILL_SECONDS", FEEDBACK_MIN_FILL_SECONDS)  # noqa: F405
    )
    FEEDBACK_RATE_LIMIT = 10_000  # every test answer comes from 127.0.0.1
elif os.environ.get("DATABASE_URL"):
    DATABASES = {"default": dj_database_url.parse(os.environ["DATABASE_URL"])}
