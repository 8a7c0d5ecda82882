"""Activates the municipality scope (``municipalities.scope``) for every request."""

from wagtail.models import Site

from municipalities import scope
from municipalities.models import Municipality

ADMIN_PREFIX = "/admin/"


def ids_for_request(request, in_admin):
    if in_admin and request.user.is_authenticated:
        return Municipality.ids_for_user(request.user)
    return Municipality.ids_for_site(Site.find_for_request(request))


class MunicipalityScopeMiddleware:
    """In the admin: the signed-in person's municipalities (a superuser: every municipality).
    Elsewhere: the municipality of the host asked for. A person or host without a municipality
    sees no owned rows at all."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # After AuthenticationMiddleware: request.user is there (read lazily, in the admin only).
        in_admin = request.path.startswith(ADMIN_PREFIX)
        if in_admin and request.user.is_superuser:
            with scope.unscoped():
                return self.get_response(request)
        with scope.scoped(lambda: ids_for_request(request, in_admin)):
            return self.get_response(request)
