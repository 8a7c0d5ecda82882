"""Activates the municipality scope (``municipalities.scope``) for every request."""

from wagtail.models import Site

from municipalities import scope
from municipalities.models import Municipality

ADMIN_PREFIX = "/admin/"


def ids_for_request(request):
    user = getattr(request, "user", None)
    if request.path.startswith(ADMIN_PREFIX) and user is not None and user.is_authenticated:
        return Municipality.ids_for_user(user)
    return Municipality.ids_for_site(Site.find_for_request(request))


class MunicipalityScopeMiddleware:
    """In the admin: the signed-in person's municipalities (a superuser: every municipality).
    Elsewhere: the municipality of the host asked for. A person or host without a municipality
    sees no owned rows at all."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        in_admin = request.path.startswith(ADMIN_PREFIX)
        if in_admin and user is not None and user.is_superuser:
            with scope.unscoped():
                return self.get_response(request)
        with scope.scoped(lambda: ids_for_request(request)):
            return self.get_response(request)
