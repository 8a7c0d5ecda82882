"""Settings shared by every environment. Environment-specific files import from here."""

from pathlib import Path

from django.utils.translation import gettext_lazy as _

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

INSTALLED_APPS = [
    "home",
    "municipalities",
    "child_info",
    "feedback",
    "wagtail.contrib.settings",
    "wagtail.contrib.redirects",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.simple_translation",
    "wagtail.locales",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "portal.security.headers.PortalCSPMiddleware",
    "portal.security.headers.PrivacyHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # After HTTPS redirect and static files, before everything that reads the session.
    "portal.pagecache.middleware.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "municipalities.middleware.MunicipalityScopeMiddleware",
    "feedback.internal.admin_guard.InternalSectionAdminGuard",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "portal.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "portal.wsgi.application"

# Embedded SQLite by default. WAL mode, a busy timeout and immediate transactions let
# several gunicorn workers write (feedback submissions) without "database is locked".
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": BASE_DIR / "db.sqlite3",
        "OPTIONS": {
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
        },
    }
}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation: Swedish is the source language, English the second locale.
LANGUAGE_CODE = "sv"
LANGUAGES = [
    ("sv", _("Svenska")),
    ("en", _("Engelska")),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# The project catalog (locale/<lang>/LC_MESSAGES/) comes first: it completes the packages'
# partial Swedish catalogs. `make run` and `make test` compile it (the .mo is not committed).
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Stockholm"
USE_I18N = True
USE_TZ = True

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "staticfiles"
STATIC_URL = "/static/"
MEDIA_ROOT = BASE_DIR / "media"
MEDIA_URL = "/media/"

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Sessions live in the database (or the cache in production), so app servers stay stateless.
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True

LOGIN_URL = "wagtailadmin_login"

# Django's default bound (300) would let a flood of failed logins under new names cull locks.
COUNTERS_MAX_ENTRIES = 1_000_000
# Two caches: "default" holds rendered pages and lookups; "counters"
# (portal/security/counters.py) holds rate limits and login counters apart, so page entries can
# never evict them.
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pages"},
    "counters": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "counters",
        "OPTIONS": {"MAX_ENTRIES": COUNTERS_MAX_ENTRIES},
    },
}

# Password guessing (portal/security/login_lockout.py explains the design): a lock per user name and
# client address pair, growing with each repeat; per name and per address only a slow-down,
# which never holds up an address the name has logged in from before. Counted in the
# counters cache under keyed hashes; no address is stored.
AUTHENTICATION_BACKENDS = ["portal.security.login_lockout.LockoutModelBackend"]
WAGTAILADMIN_USER_LOGIN_FORM = "portal.security.login_lockout.LockoutLoginForm"
LOGIN_FAILURE_LIMIT = 5
LOGIN_FAILURE_WINDOW = 15 * 60
LOGIN_LOCKOUT_SECONDS = 15 * 60
LOGIN_LOCKOUT_MAX_SECONDS = 24 * 60 * 60
LOGIN_STRIKE_SECONDS = 24 * 60 * 60
LOGIN_FAILURE_LIMIT_PER_NAME = 20
LOGIN_FAILURE_LIMIT_PER_ADDRESS = 20
LOGIN_SLOWDOWN_SECONDS = 10
LOGIN_KNOWN_ADDRESS_SECONDS = 30 * 24 * 60 * 60

# The client's address for rate limits and login protection
# (portal/security/client_address.py): only hashed, never stored. Number of our own reverse
# proxies in front of gunicorn, each appending to CLIENT_ADDRESS_HEADER; 0 means the header is
# never read, only REMOTE_ADDR.
TRUSTED_PROXY_COUNT = 0
CLIENT_ADDRESS_HEADER = "HTTP_X_FORWARDED_FOR"

# Logs: every line through portal.security.log_privacy.ScrubAddresses, so no client address is
# written (Django's own loggers included: they propagate to the root logger, which has the filter).
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"no_addresses": {"()": "portal.security.log_privacy.ScrubAddresses"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "filters": ["no_addresses"]},
    },
    "root": {"handlers": ["console"], "level": "WARNING"},
    # Django's defaults give "django" a console handler of its own (under DEBUG) and
    # mail_admins, whose mails would quote the request's address: send it to the root only.
    "loggers": {"django": {"handlers": [], "level": "WARNING", "propagate": True}},
}

# Wagtail
WAGTAIL_SITE_NAME = "Barnens röst"
WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8000"
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "wagtail.search.backends.database",
        "SEARCH_CONFIG": "swedish",
    }
}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "avif", "svg"]
WAGTAILIMAGES_IMAGE_MODEL = "wagtailimages.Image"
WAGTAIL_ALLOW_UNICODE_SLUGS = False

# Settings the demo loader reads; only development settings create demo users.
DEMO_USERS_PASSWORD = None

# Child information pages (child_info): readability, search.

# Anonymous feedback (feedback): limits, rate limit, retention.
# Seconds a person needs at least to fill in the form; faster posts are asked to send again.
FEEDBACK_MIN_FILL_SECONDS = 3
# Accepted answers per client and window, counted in the cache under a daily keyed hash.
FEEDBACK_RATE_LIMIT = 10
FEEDBACK_RATE_LIMIT_WINDOW = 60 * 60
# Free text older than this is removed by `manage.py purge_feedback_text`; ratings stay.
FEEDBACK_TEXT_RETENTION_MONTHS = 24

# Internal section (feedback): login page, yearly findings, improvements.
# Private pages send readers to the site's own login page, not the admin's.
WAGTAIL_FRONTEND_LOGIN_URL = "/logga-in/"
# Approving a review publishes the revision the reviewer read, not a draft saved since.
WAGTAIL_FINISH_WORKFLOW_ACTION = "home.review_finish.publish_reviewed_revision"
# After the site's login (/logga-in/) readers land on the live internal section, whatever its
# slug (feedback.internal.login); this is only the fallback when there is none.
LOGIN_REDIRECT_URL = "/"

# Security headers and the page cache (portal/security/headers.py, portal/pagecache/).
# The same headers in every environment, so the tests see what production sends.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "no-referrer"
# Under no-referrer browsers post forms with "Origin: null", which the CSRF check refuses:
# pages with a CSRF-protected login form send "same-origin" (still nothing to other sites).
# Private pages (the internal section with its logout form) send it too, found by their view
# restriction, not by a slug (portal/security/headers.py).
SAME_ORIGIN_REFERRER_PREFIXES = ["/admin/", "/logga-in/", "/logga-ut/"]
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# The admin calls no one else: no update check, no Gravatar (both would leak staff visits).
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None

_SELF = "'self'"
_NONE = "'none'"
# Public pages: only our own files, no inline script or style, no framing, no plugins.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [_SELF],
        "script-src": [_SELF],
        "style-src": [_SELF],
        "img-src": [_SELF],
        "font-src": [_SELF],
        "connect-src": [_SELF],
        "media-src": [_SELF],
        "object-src": [_NONE],
        "base-uri": [_SELF],
        "form-action": [_SELF],
        "frame-ancestors": [_NONE],
    }
}
# The Wagtail admin (and its previews) uses inline scripts and styles, data: and blob:
# images while uploading, and frames its own previews.
ADMIN_URL_PREFIX = "/admin/"
CONTENT_SECURITY_POLICY_ADMIN = {
    "DIRECTIVES": {
        "default-src": [_SELF],
        "script-src": [_SELF, "'unsafe-inline'"],
        "style-src": [_SELF, "'unsafe-inline'"],
        "img-src": [_SELF, "data:", "blob:"],
        "font-src": [_SELF, "data:"],
        "connect-src": [_SELF],
        "media-src": [_SELF, "blob:"],
        "frame-src": [_SELF],
        "object-src": [_NONE],
        "base-uri": [_SELF],
        "form-action": [_SELF],
        "frame-ancestors": [_SELF],
    }
}
# Browser features no page of the portal uses; sent as Permissions-Policy.
PERMISSIONS_POLICY = {
    name: []
    for name in (
        "accelerometer",
        "autoplay",
        "browsing-topics",
        "camera",
        "display-capture",
        "encrypted-media",
        "geolocation",
        "gyroscope",
        "hid",
        "interest-cohort",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "publickey-credentials-get",
        "screen-wake-lock",
        "serial",
        "usb",
        "xr-spatial-tracking",
    )
}

# Page cache: whole pages for anonymous readers, renewed on a public change (portal/pagecache/).
PAGE_CACHE_SECONDS = 10 * 60
PAGE_CACHE_QUERY_PARAMS = {"alder", "tema"}
PAGE_CACHE_SKIP_PREFIXES = ["/admin/", "/static/", "/media/", "/documents/", "/healthz"]
# Besides pages and settings: the models whose changes a public page shows (the full list of
# what empties the cache is in portal/pagecache/invalidation.py). Not here, so the cache stays
# warm: children's answers (feedback.FeedbackResponse and its themes), danger words, drafts and
# revisions.
PAGE_CACHE_INVALIDATING_MODELS = [
    "child_info.GlossaryTerm",
    "child_info.Situation",
    # "Ni sa – vi gjorde" lists the improvements shown to children, by theme.
    "feedback.Theme",
    "feedback.Improvement",
    "feedback.ImprovementTheme",
    "wagtailcore.Site",
    "wagtailcore.Locale",
    "wagtailcore.PageViewRestriction",
    "wagtailimages.Image",
    "wagtaildocs.Document",
    "wagtailredirects.Redirect",
]
