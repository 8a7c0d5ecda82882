"""Bulk actions on improvements and answers: "Ändra status" for many improvements at once
(each gets its step in the history and a new revision), and "Koppla till förbättring" from
the list of children's answers."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, ngettext_lazy
from wagtail import hooks

from feedback.admin_base import FeedbackBulkAction
from feedback.models.responses import FeedbackResponse

from .improvement_forms import LinkForm, StatusForm
from .improvements import Improvement


@hooks.register("register_bulk_action")
class ChangeStatusBulkAction(FeedbackBulkAction):
    display_name = _("Ändra status")
    action_type = "change_status"
    aria_label = _("Ändra status på valda förbättringar")
    models = [Improvement]
    permission = "feedback.change_improvement"
    form_class = StatusForm
    icon = "tasks"
    no_access_text = _("Du har inte behörighet att ändra de här förbättringarna")
    success_message = ngettext_lazy(
        "%(count)d förbättring har fått ny status.",
        "%(count)d förbättringar har fått ny status.",
        "count",
    )

    def selection_text(self, count):
        return ngettext(
            "%(count)d förbättring är vald.", "%(count)d förbättringar är valda.", count
        ) % {"count": count}

    def get_execution_context(self):
        return {**self.cleaned_form.cleaned_data, "user": self.request.user}

    @classmethod
    def execute_action(cls, objects, status=None, note="", user=None, **kwargs):
        changed = 0
        for improvement in objects:
            if improvement.status == status:
                continue
            improvement.change_status(status, user=user, note=note)
            # Keep the latest revision in step, so the next edit starts from this status.
            improvement.save_revision(user=user, log_action=True)
            changed += 1
        return changed, 0


@hooks.register("register_bulk_action")
class LinkResponsesBulkAction(FeedbackBulkAction):
    """From the list of children's answers: 'these answers led to that improvement'."""

    display_name = _("Koppla till förbättring")
    action_priority = 13
    action_type = "link_improvement"
    aria_label = _("Koppla valda svar till en förbättring")
    models = [FeedbackResponse]
    permission = "feedback.change_improvement"
    form_class = LinkForm
    form_fields = ("improvement",)
    success_message = ngettext_lazy(
        "%(count)d svar är kopplat till förbättringen.",
        "%(count)d svar är kopplade till förbättringen.",
        "count",
    )

    @classmethod
    def execute_action(cls, objects, improvement=None, **kwargs):
        improvement.responses.add(*objects)
        return len(objects), 0
