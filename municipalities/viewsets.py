"""Inställningar → Kommuner: a superuser (or anyone given the municipality permissions, such
as a county administrator) lists the municipalities, adds one and renames or moves one.

A municipality is never deleted (municipalities.permissions).
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.log_actions import log

from .forms import MunicipalityForm
from .models import Municipality


class SavedThroughFormMixin:
    """Save through the form, which makes or moves the site, pages and groups."""

    def save_instance(self):
        instance = self.form.save()
        log(instance=instance, action=self.log_action, user=self.request.user)
        return instance


class CreateView(SavedThroughFormMixin, generic.CreateView):
    log_action = "wagtail.create"


class EditView(SavedThroughFormMixin, generic.EditView):
    log_action = "wagtail.edit"


class MunicipalityViewSet(ModelViewSet):
    model = Municipality
    name = "municipalities"
    icon = "site"
    menu_label = _("Kommuner")
    add_to_settings_menu = True
    menu_order = 850
    create_view_class = CreateView
    edit_view_class = EditView
    list_display = ["__str__", Column("address", label=_("Adress"))]
    search_fields = ["site__site_name", "site__hostname"]
    copy_view_enabled = False

    def get_form_class(self, for_update=False):
        return MunicipalityForm
