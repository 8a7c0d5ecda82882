"""The admin form of a yearly report: what must hold before it is published.

Saving a draft is always possible (Wagtail defers validation for drafts); publishing or
submitting for review needs every quote reviewed and age groups that add up.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm


class YearlyReportForm(WagtailAdminPageForm):
    def clean(self):
        cleaned_data = super().clean()
        if self.is_deferred_validation:
            return cleaned_data
        self.check_quotes_reviewed()
        self.check_age_groups(cleaned_data)
        return cleaned_data

    def check_quotes_reviewed(self):
        from feedback.models.yearly_report import UNREVIEWED_QUOTES_MESSAGE

        formset = self.formsets.get("quotes")
        if formset is None or not formset.is_valid():
            return
        unreviewed = [
            form
            for form in formset.forms
            if form.cleaned_data
            and not form.cleaned_data.get("DELETE")
            and not form.cleaned_data.get("reviewed")
        ]
        for form in unreviewed:
            form.add_error("reviewed", _("Granska citatet innan rapporten publiceras."))
        if unreviewed:
            self.add_error(None, UNREVIEWED_QUOTES_MESSAGE)

    def check_age_groups(self, cleaned_data):
        groups = [
            cleaned_data.get(f) or 0
            for f in ("interviews_5_8", "interviews_9_12", "interviews_13_18")
        ]
        held = cleaned_data.get("interviews_held") or 0
        if any(groups) and sum(groups) != held:
            self.add_error(
                "interviews_held",
                _(
                    "Åldersgrupperna blir tillsammans %(sum)d barn, men %(held)d intervjuer är "
                    "genomförda. Rätta siffrorna så att de stämmer."
                )
                % {"sum": sum(groups), "held": held},
            )
