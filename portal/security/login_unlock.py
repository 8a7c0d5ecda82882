"""Inloggningsspärrar: a superuser lifts the login locks of a user name in the admin.

``portal.security.login_lockout.unlock`` starts a new generation for the name, so every lock,
slow-down and count of it, from every address, is gone at once; no shell needed. Only superusers see
the menu item (Inställningar) and may open the view.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .login_lockout import unlock

URL_NAME = "home_login_unlock"


class UnlockForm(forms.Form):
    username = forms.CharField(
        label=gettext_lazy("Användarnamn"),
        max_length=150,
        help_text=gettext_lazy(
            "Häver spärren och glömmer de misslyckade inloggningarna för användarnamnet, "
            "från alla adresser."
        ),
    )


class UnlockView(WagtailAdminTemplateMixin, FormView):
    form_class = UnlockForm
    template_name = "home/admin/login_unlock.html"
    page_title = gettext_lazy("Inloggningsspärrar")
    header_icon = "lock-open"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_superuser:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def form_valid(self, form):
        username = form.cleaned_data["username"].strip()
        unlock(username)
        messages.success(
            self.request, _("Spärren för %(username)s är hävd.") % {"username": username}
        )
        return redirect(URL_NAME)


class UnlockMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser


def menu_item():
    return UnlockMenuItem(
        gettext_lazy("Inloggningsspärrar"),
        reverse(URL_NAME),
        icon_name="lock-open",
        order=900,
        name="login-unlock",
    )
