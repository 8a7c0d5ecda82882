"""The admin's regional view (Länets siffror): the county's figures per municipality and year,
for the county's coordinators (and superusers) only. Counts and averages, suppressed
(``municipalities.regional``); no answer, text or page of any municipality."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from django.views.defaults import permission_denied
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from feedback.admin_base import SinglePageViewSet

from .regional import county_figures

PERMISSION = "municipalities.view_county_figures"


class RegionalView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "municipalities/regional.html"
    page_title = _("Länets siffror")
    header_icon = "table"

    def dispatch(self, request, *args, **kwargs):
        # A plain 403 (Wagtail's admin would turn PermissionDenied into a redirect home).
        if not request.user.has_perm(PERMISSION):
            return permission_denied(request, PermissionDenied())
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return []

    def get_context_data(self, **kwargs):
        return super().get_context_data(figures=county_figures(), **kwargs)


class RegionalViewSet(SinglePageViewSet):
    name = "county_figures"
    icon = "table"
    menu_label = _("Länets siffror")
    menu_order = 270
    url_prefix = "lanet"
    view_class = RegionalView
    add_to_admin_menu = True

    def shown_to(self, user):
        return user.has_perm(PERMISSION)
