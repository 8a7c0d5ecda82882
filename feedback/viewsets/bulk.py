"""What every bulk action of the feedback admin shares: one confirmation page."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext


class ConfirmationTexts:
    """Mix into a SnippetBulkAction; set ``icon`` and override the texts for other items."""

    template_name = "feedback/admin/bulk_confirm.html"
    icon = "comment"
    no_access_text = _("Du har inte behörighet att ändra de här svaren")

    def selection_text(self, count):
        return ngettext("%(count)d svar är valt.", "%(count)d svar är valda.", count) % {
            "count": count
        }

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            icon=self.icon,
            no_access_text=self.no_access_text,
            selection_text=self.selection_text(len(context.get("items", []))),
        )
        return context
