"""Inställningar → Kommuner: a superuser (or anyone given the municipality permissions, such
as a county administrator) lists the municipalities, adds one and renames or moves one.

A municipality is never deleted (municipalities.permissions).
"""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.log_actions import log
from wagtail.snippets.views import snippets as snippet_views
from wagtail.snippets.views.snippets import SnippetViewSet

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


class InstancePermissionMixin:
    """Check the permission on the object itself (Wagtail's edit view checks the model's
    permission only), so SharedRowsPolicy keeps a shared row from being changed."""

    def dispatch(self, request, *args, **kwargs):
        instance = getattr(self, "object", None) or self.get_object()
        if not self.user_has_permission_for_instance(self.permission_required, instance):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class SharedRowEditView(InstancePermissionMixin, snippet_views.EditView):
    pass


class SharedRowDeleteView(InstancePermissionMixin, snippet_views.DeleteView):
    pass


class SharedOrMunicipalViewSet(SnippetViewSet):
    """The admin of a ``SharedOrMunicipal`` model: shared rows are read by all and changed by
    superusers only; the municipality is chosen by a superuser (staff add their own)."""

    edit_view_class = SharedRowEditView
    delete_view_class = SharedRowDeleteView

    def get_queryset(self, request):
        # The list names each row's municipality (``whose``): read with the rows.
        return self.model.objects.select_related("municipality__site")
