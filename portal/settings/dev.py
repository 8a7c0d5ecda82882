"""Local development: DEBUG on, embedded SQLite, demo users created by load_demo_content."""

from .base import *  # noqa: F403

DEBUG = True
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
SECRET_KEY = "django-insecure-dev-only-barnens-rost"  # noqa: S105 - development only
ALLOWED_HOSTS = ["localhost", "127.0.0.1", "[::1]"]
INTERNAL_IPS = ["127.0.0.1"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

# Demo superuser and one user per role, created by load_demo_content in development only.
DEMO_USERS_PASSWORD = "demo-barnens-rost"  # noqa: S105 - development only
