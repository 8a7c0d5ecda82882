"""The site's own login for politicians and staff (the admin has its own)."""

from django.contrib.auth import views as auth_views

from feedback.access import can_read_internal
from portal.security.login_lockout import LockoutAuthenticationForm

from .section import InternalIndexPage


class SiteLoginView(auth_views.LoginView):
    template_name = "feedback/login.html"
    # Counts failed logins and says in Swedish when a user name is locked for a while.
    authentication_form = LockoutAuthenticationForm

    def get_default_redirect_url(self):
        """The live internal section, wherever it sits and whatever its slug."""
        section = InternalIndexPage.objects.live().first()
        url = section.get_url(self.request) if section else None
        return url or super().get_default_redirect_url()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        context["lacks_access"] = user.is_authenticated and not can_read_internal(user)
        return context


class SiteLogoutView(auth_views.LogoutView):
    template_name = "feedback/logged_out.html"
