"""Security and privacy headers on every response.

The public pages get the strict ``CONTENT_SECURITY_POLICY`` (no inline script or style, no
other hosts). The Wagtail admin needs inline scripts and styles of its own, so paths under
``ADMIN_URL_PREFIX`` get ``CONTENT_SECURITY_POLICY_ADMIN`` instead; a view that sets its own
policy with django-csp's decorators keeps it. Django has no setting for Permissions-Policy,
so ``PrivacyHeadersMiddleware`` adds it from ``PERMISSIONS_POLICY``.

Referrer-Policy is ``no-referrer`` (``SECURE_REFERRER_POLICY``): no other site learns which
page a child read. With that policy a browser sends ``Origin: null`` on form posts, which
Django's CSRF check refuses, so the pages with CSRF-protected forms send ``same-origin``
instead, still nothing to other sites: the paths in ``SAME_ORIGIN_REFERRER_PREFIXES`` (the
admin, the politicians' login and logout) and every private Wagtail page (the internal
section with its logout form, found by its view restriction rather than its slug).
"""

from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import default_config
from django.conf import settings
from django.utils.translation import get_language_from_path

from portal.pagecache.privacy import restricted_paths

PERMISSIONS_POLICY_HEADER = "Permissions-Policy"


def is_admin_path(request) -> bool:
    return request.path_info.startswith(settings.ADMIN_URL_PREFIX)


class PortalCSPMiddleware(CSPMiddleware):
    """django-csp's middleware with the admin's own policy under ``ADMIN_URL_PREFIX``."""

    def process_response(self, request, response):
        if getattr(request, "is_dummy", False):
            # Wagtail renders a preview through the middleware with a dummy request for the
            # page's public URL; the admin request around it sets the (admin) policy.
            return response
        return super().process_response(request, response)

    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and is_admin_path(request):
            parts.config = default_config(settings.CONTENT_SECURITY_POLICY_ADMIN["DIRECTIVES"])
        return parts


def sends_same_origin_referrer(request) -> bool:
    """True on the paths with a CSRF-protected form, in every language (/en/logga-in/ too),
    and on every private Wagtail page, whatever its slug: the internal section carries the
    logout form, a password-protected page its password form."""
    page = getattr(request, "page_cache_page", None)  # the Wagtail page answering, if any
    if page is not None and page.path.startswith(tuple(restricted_paths())):
        return True
    path = request.path_info
    language = get_language_from_path(path)
    if language:
        path = path[len(language) + 1 :]
    return path.startswith(tuple(settings.SAME_ORIGIN_REFERRER_PREFIXES))


def permissions_policy_value(features: dict[str, list[str]]) -> str:
    """{"camera": [], "fullscreen": ["self"]} -> 'camera=(), fullscreen=(self)'."""
    return ", ".join(f"{name}=({' '.join(allow)})" for name, allow in features.items())


class PrivacyHeadersMiddleware:
    """Permissions-Policy everywhere; a same-origin referrer where staff post CSRF forms."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.permissions = permissions_policy_value(settings.PERMISSIONS_POLICY)

    def __call__(self, request):
        response = self.get_response(request)
        if self.permissions:
            response.headers.setdefault(PERMISSIONS_POLICY_HEADER, self.permissions)
        if sends_same_origin_referrer(request):
            response.headers.setdefault("Referrer-Policy", "same-origin")
        return response
