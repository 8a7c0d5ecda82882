"""Wagtail hooks of the internal section's admin: publishing refuses a report with quotes not
checked yet (the publish button and bulk "Publicera", with the rule of ``publishing``), and
the page chooser leaves the internal pages out for those who may not edit them."""

from django.contrib import messages
from django.shortcuts import redirect
from wagtail import hooks
from wagtail.models import Page
from wagtail.permissions import policy_registry

from .publishing import refusal
from .yearly_report import YearlyReportPage


@hooks.register("before_publish_page")
def refuse_unreviewed_quotes(request, page):
    """The admin's publish button goes through Wagtail's publish action, not ``Page.publish``,
    so the model's check does not run there: this hook is that check for the edit view, in
    case a quote reached the report without passing the form's own check."""
    message = refusal(page) if isinstance(page, YearlyReportPage) else None
    if message:
        messages.error(request, message)
        return redirect("wagtailadmin_pages:edit", page.pk)
    return None


def reports_bulk_publish_would_publish(action, pages):
    """The yearly reports among the selected pages and, with "include descendants", the draft
    reports below them, each as Wagtail's bulk publish puts it live (its latest revision)."""
    reports = [
        page
        for page in pages
        if page.specific_class and issubclass(page.specific_class, YearlyReportPage)
    ]
    form = action.cleaned_form
    if form is not None and form.cleaned_data.get("include_descendants"):
        for page in pages:
            reports += page.get_descendants().not_live().type(YearlyReportPage)
    for report in reports:
        revision = report.get_latest_revision()
        yield revision.as_object() if revision else report.specific


@hooks.register("before_bulk_action")
def refuse_bulk_publish_of_unreviewed_quotes(request, action_type, objects, action):
    """Bulk "Publicera" would reach ``YearlyReportPage.publish`` and fail with a 500: refuse the
    whole selection first, with the single publish's message, and publish nothing."""
    if action_type != "publish" or not issubclass(action.model, Page):
        return None
    refusals = (refusal(report) for report in reports_bulk_publish_would_publish(action, objects))
    message = next(filter(None, refusals), None)
    if message:
        messages.error(request, message)
        return redirect(action.next_url)
    return None


@hooks.register("construct_page_chooser_queryset")
def hide_internal_in_page_chooser(pages, request):
    """The page chooser lists every page, not only editable ones: leave out the internal ones."""
    return policy_registry.get_by_type(Page).without_internal(request.user, pages)
