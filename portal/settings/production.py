"""Production: everything secret or site-specific comes from the environment.

Required: SECRET_KEY, ALLOWED_HOSTS (comma-separated).
Optional: DATABASE_URL (PostgreSQL), REDIS_URL (shared cache and sessions; else a file cache
in CACHE_DIR shared by the workers of one machine),
AWS_STORAGE_BUCKET_NAME (+ AWS_S3_ENDPOINT_URL, AWS_S3_REGION_NAME, credentials) for media,
SECURE_SSL_REDIRECT (default on), SECURE_PROXY_SSL_HEADER_NAME (e.g. HTTP_X_FORWARDED_PROTO),
WAGTAILADMIN_BASE_URL, STATIC_ROOT, TRUSTED_PROXY_COUNT, EMAIL_HOST (+ EMAIL_PORT,
EMAIL_HOST_USER, EMAIL_HOST_PASSWORD, EMAIL_USE_TLS / EMAIL_USE_SSL, DEFAULT_FROM_EMAIL).
"""

import os

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403


def env_bool(name, default):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


DEBUG = False

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    raise ImproperlyConfigured("Set the SECRET_KEY environment variable to run in production.")

ALLOWED_HOSTS = [h.strip() for h in os.environ.get("ALLOWED_HOSTS", "").split(",") if h.strip()]
CSRF_TRUSTED_ORIGINS = [
    o.strip() for o in os.environ.get("CSRF_TRUSTED_ORIGINS", "").split(",") if o.strip()
]

if os.environ.get("DATABASE_URL"):
    _sqlite_options = DATABASES["default"]["OPTIONS"]  # noqa: F405
    DATABASES = {
        "default": dj_database_url.parse(
            os.environ["DATABASE_URL"], conn_max_age=600, conn_health_checks=True
        )
    }
    if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
        # Keep WAL mode, the busy timeout and immediate transactions for concurrent writers.
        DATABASES["default"]["OPTIONS"] = _sqlite_options

if os.environ.get("REDIS_URL"):
    _redis = {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": os.environ["REDIS_URL"],
        "OPTIONS": {"CLIENT_CLASS": "django_redis.client.DefaultClient"},
    }
    # Both aliases in Redis; the counters under their own prefix (portal/security/counters.py).
    CACHES = {"default": _redis, "counters": {**_redis, "KEY_PREFIX": "counters"}}
    SESSION_ENGINE = "django.contrib.sessions.backends.cache"
    WAGTAILFRONTENDCACHE = {}
else:
    # One machine, several gunicorn workers: file caches they all share, so a publish seen
    # by one worker empties the page cache of all, and rate limits and login counters add up.
    # The counters have a directory of their own, which page entries never fill, and a bound
    # so high that culling (which would drop locks) does not happen in practice.
    _cache_dir = os.environ.get("CACHE_DIR", str(BASE_DIR / "cache"))  # noqa: F405
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": _cache_dir,
            "OPTIONS": {"MAX_ENTRIES": 20_000},
        },
        # Every write under a file lock, so add and incr are atomic across the workers.
        "counters": {
            "BACKEND": "portal.security.locked_file_cache.LockedFileBasedCache",
            "LOCATION": os.path.join(_cache_dir, "counters"),
            "OPTIONS": {"MAX_ENTRIES": COUNTERS_MAX_ENTRIES},  # noqa: F405
        },
    }

STORAGES["staticfiles"]["BACKEND"] = "whitenoise.storage.CompressedManifestStaticFilesStorage"  # noqa: F405
STATIC_ROOT = os.environ.get("STATIC_ROOT", str(STATIC_ROOT))  # noqa: F405

if os.environ.get("AWS_STORAGE_BUCKET_NAME"):
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}  # noqa: F405
    AWS_STORAGE_BUCKET_NAME = os.environ["AWS_STORAGE_BUCKET_NAME"]
    AWS_S3_ENDPOINT_URL = os.environ.get("AWS_S3_ENDPOINT_URL")
    AWS_S3_REGION_NAME = os.environ.get("AWS_S3_REGION_NAME")
    AWS_S3_FILE_OVERWRITE = False
    AWS_DEFAULT_ACL = None
    AWS_QUERYSTRING_AUTH = True
    # Images and documents then come from the bucket: allow that origin, and only it.
    if os.environ.get("CSP_MEDIA_ORIGIN"):
        for _policy in (CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_ADMIN):  # noqa: F405
            for _directive in ("img-src", "media-src"):
                _policy["DIRECTIVES"][_directive].append(os.environ["CSP_MEDIA_ORIGIN"])

# Anonymous feedback: see README "Anonymous feedback".
FEEDBACK_RATE_LIMIT = int(os.environ.get("FEEDBACK_RATE_LIMIT", FEEDBACK_RATE_LIMIT))  # noqa: F405
FEEDBACK_TEXT_RETENTION_MONTHS = int(
    os.environ.get("FEEDBACK_TEXT_RETENTION_MONTHS", FEEDBACK_TEXT_RETENTION_MONTHS)  # noqa: F405
)

# Client addresses (portal/security/client_address.py): only from entries our own proxies wrote.
if os.environ.get("FEEDBACK_CLIENT_ADDRESS_HEADER"):
    raise ImproperlyConfigured(
        "FEEDBACK_CLIENT_ADDRESS_HEADER is gone (it trusted the address the client wrote): "
        "set TRUSTED_PROXY_COUNT to the number of reverse proxies in front of gunicorn."
    )
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", TRUSTED_PROXY_COUNT))  # noqa: F405
CLIENT_ADDRESS_HEADER = os.environ.get("CLIENT_ADDRESS_HEADER", CLIENT_ADDRESS_HEADER)  # noqa: F405

WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "https://localhost")

# E-mail: password reset links and workflow notices. Without EMAIL_HOST nothing can be sent,
# and `check --deploy` warns (portal/checks.py).
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = os.environ.get("EMAIL_HOST", "")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", not EMAIL_USE_SSL)
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "10"))
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL") or "webmaster@localhost"
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Page cache for anonymous readers (portal/pagecache/middleware.py); 0 switches it off.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", PAGE_CACHE_SECONDS))  # noqa: F405

# HTTPS everywhere. Behind a TLS-terminating load balancer set SECURE_PROXY_SSL_HEADER_NAME.
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
if os.environ.get("SECURE_PROXY_SSL_HEADER_NAME"):
    SECURE_PROXY_SSL_HEADER = (os.environ["SECURE_PROXY_SSL_HEADER_NAME"], "https")
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", 31536000))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
CSRF_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)

# Logs: base.LOGGING, every line scrubbed of addresses (portal/security/log_privacy.py).
LOGGING["root"]["level"] = LOGGING["loggers"]["django"]["level"] = os.environ.get(  # noqa: F405
    "LOG_LEVEL", "WARNING"
)
