"""Security and privacy headers on every response.

The public pages get the strict ``CONTENT_SECURITY_POLICY`` (no inline script or style, no
other hosts). The Wagtail admin needs inline scripts and styles of its own, so paths under
``ADMIN_URL_PREFIX`` get ``CONTENT_SECURITY_POLICY_ADMIN`` instead; a view that sets its own
policy with django-csp's decorators keeps it. Django has no setting for Permissions-Policy,
so ``PermissionsPolicyMiddleware`` adds it from ``PERMISSIONS_POLICY``.
"""

from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import default_config
from django.conf import settings

PERMISSIONS_POLICY_HEADER = "Permissions-Policy"


def is_admin_path(request) -> bool:
    return request.path_info.startswith(settings.ADMIN_URL_PREFIX)


class PortalCSPMiddleware(CSPMiddleware):
    """django-csp's middleware with the admin's own policy under ``ADMIN_URL_PREFIX``."""

    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and is_admin_path(request):
            parts.config = default_config(settings.CONTENT_SECURITY_POLICY_ADMIN["DIRECTIVES"])
        return parts


def permissions_policy_value(features: dict[str, list[str]]) -> str:
    """{"camera": [], "fullscreen": ["self"]} -> 'camera=(), fullscreen=(self)'."""
    return ", ".join(f"{name}=({' '.join(allow)})" for name, allow in features.items())


class PermissionsPolicyMiddleware:
    """Adds ``Permissions-Policy`` (features no page of the portal uses are switched off)."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.value = permissions_policy_value(settings.PERMISSIONS_POLICY)

    def __call__(self, request):
        response = self.get_response(request)
        if self.value:
            response.headers.setdefault(PERMISSIONS_POLICY_HEADER, self.value)
        return response
