"""Admin report: the LIX of every information page's three versions next to their targets."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.reports.base import PageReportView

from home.age_bands import AgeBand

from ..bands import field_suffix
from ..models import ChildInfoPage
from .verdict import LIX_TARGETS, above_target, fields_readability


def readability_cells(page):
    cells = []
    for band in AgeBand:
        suffix = field_suffix(band)
        result = fields_readability(page, f"summary_{suffix}", f"body_{suffix}")
        cells.append(
            {"lix": result.lix, "target": LIX_TARGETS[band], "above": above_target(result, band)}
        )
    return cells


class ReadabilityReportView(PageReportView):
    page_title = _("Läsbarhet (LIX) på barnsidorna")
    header_icon = "doc-full"
    index_url_name = "child_info_readability"
    index_results_url_name = "child_info_readability_results"
    results_template_name = "child_info/readability/report_results.html"
    any_permission_required = ["add", "change", "publish"]
    paginate_by = 100

    def dispatch(self, request, *args, **kwargs):
        # Staff edit pages too (the internal section), but no information pages for children.
        if request.user.is_authenticated and not self.editable_pages(request.user).exists():
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def editable_pages(self, user):
        editable = self.permission_policy.instances_user_has_permission_for(user, "change")
        return ChildInfoPage.objects.filter(pk__in=editable.values("pk"))

    def get_queryset(self):
        return self.editable_pages(self.request.user).order_by("path")

    def decorate_paginated_queryset(self, object_list):
        # Read each page's latest revision, so a draft's text counts before it is published.
        return [
            (page, readability_cells(page.get_latest_revision_as_object())) for page in object_list
        ]

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["bands"] = [(band.label, LIX_TARGETS[band]) for band in AgeBand]
        return context
