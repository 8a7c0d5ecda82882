"""The list of yearly reports under "Utvecklingsarbete", with a labelled button to add one.

Reports are pages of the internal section, so Wagtail lists them only in the page explorer
(behind an unlabelled "+"). This view lists them where Handläggare look for them.
"""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from feedback.access import can_edit_internal, hidden_internal_paths

from .section import InternalIndexPage
from .yearly_report import YearlyReportPage


class YearlyReportsView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "feedback/admin/yearly_reports.html"
    page_title = _("Årsrapporter")
    header_icon = "doc-full"

    def dispatch(self, request, *args, **kwargs):
        if not can_edit_internal(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return []

    def get_context_data(self, **kwargs):
        hidden = hidden_internal_paths(self.request.user)  # other municipalities' sections
        sections = [
            section
            for section in InternalIndexPage.objects.order_by("path")
            if not section.path.startswith(hidden)
        ]
        reports = YearlyReportPage.objects.order_by("-year", "unit", "path")
        for section in sections:
            section.report_list = [r for r in reports if r.path.startswith(section.path)]
        return super().get_context_data(sections=sections, **kwargs)
