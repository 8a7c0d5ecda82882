"""Wagtail's page-type usage report, less the internal section's page types for non-staff.

The report counts every page type in the tree and names the last edited page of each, so a
Redaktör would read the internal section's titles there. Mounted in ``portal/urls.py`` in
front of Wagtail's own report at the same address, so the admin's links reach this one.
"""

from django.contrib.contenttypes.models import ContentType
from django.urls import path
from django.views.decorators.cache import never_cache
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.reports.page_types_usage import PageTypesUsageReportView
from wagtail.models import get_page_models

from feedback.access import InternalPageMixin, hidden_internal_paths


class PageTypesUsageReport(PageTypesUsageReportView):
    def get_queryset(self):
        queryset = super().get_queryset()
        if not hidden_internal_paths(self.request.user):
            return queryset  # a superuser, or Handläggare on an install with one section
        internal = [model for model in get_page_models() if issubclass(model, InternalPageMixin)]
        hidden = ContentType.objects.get_for_models(*internal).values()
        return queryset.exclude(pk__in=[content_type.pk for content_type in hidden])


def admin_view(view):
    return never_cache(require_admin_access(view))


urlpatterns = [
    path("reports/page-types-usage/", admin_view(PageTypesUsageReport.as_view())),
    path(
        "reports/page-types-usage/results/",
        admin_view(PageTypesUsageReport.as_view(results_only=True)),
    ),
]
