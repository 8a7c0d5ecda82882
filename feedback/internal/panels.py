"""Read-only admin panels of the internal section: an improvement's history, a finding's
proposals."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel


class StatusHistoryPanel(Panel):
    """The history of an improvement's statuses in its edit view: the day, who, the note; and
    "Försenad" when its planned date has passed."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "feedback/admin/status_history_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            improvement = self.instance
            context["improvement"] = improvement
            if improvement.pk:
                context["changes"] = improvement.status_changes.select_related("changed_by")
            return context


class ProposalsPanel(Panel):
    """A matrix row's proposals (improvements), with links to edit them or add one."""

    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Förslag"))
        super().__init__(**kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "feedback/admin/proposals_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            finding = self.instance
            context["finding"] = finding
            context["proposals"] = finding.improvements.all() if finding.pk else []
            return context
