"""The admin form of a yearly report: its address, and what must hold before it is published.

A new report's slug is its year (with the unit, when there is one): /internt/2026/, whatever
the title, like the reports before it.

Saving a draft is always possible (Wagtail defers validation for drafts); publishing or
submitting for review needs every quote reviewed and age groups that add up. A quote whose
text is changed loses its review mark (``Quote.save`` does the same outside the admin). Which
quotes keep a report back is the rule of ``publishing``.
"""

from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import Page

from .publishing import UNREVIEWED_QUOTES_MESSAGE, blocks_publishing


def report_slug(year, unit=""):
    """'2026', or '2026-vastra' for the unit 'Västra'."""
    return slugify(f"{year} {unit}".strip())


class YearlyReportForm(WagtailAdminPageForm):
    def clean(self):
        self.set_year_slug()
        cleaned_data = super().clean()
        self.clear_review_of_edited_quotes()
        if self.is_deferred_validation:
            return cleaned_data
        self.check_quotes_reviewed()
        self.check_age_groups(cleaned_data)
        return cleaned_data

    def clear_review_of_edited_quotes(self):
        """A quote whose text changed needs a new review: its "granskat" mark goes, unless this
        same save sets the mark. Before publishing, the draft with the cleared mark is saved
        first and the quote ticked again, so the mark always belongs to the text it was set on.
        """
        formset = self.formsets.get("quotes")
        if formset is None:
            return
        formset.is_valid()  # cleans the quote forms (ClusterForm would do it after this clean)
        for form in formset.forms:
            cleaned = getattr(form, "cleaned_data", None)
            if not cleaned or not cleaned.get("reviewed"):
                continue
            if "text" in form.changed_data and "reviewed" not in form.changed_data:
                cleaned["reviewed"] = False
                form.instance.reviewed = False
                # Shown again unticked, as it now is.
                form.data = form.data.copy()
                form.data.pop(form.add_prefix("reviewed"), None)
                if not self.is_deferred_validation:
                    form.add_error(
                        "text",
                        _(
                            "Citatet är ändrat och behöver granskas igen. Spara ett utkast, "
                            "läs citatet och kryssa sedan i Granskat."
                        ),
                    )

    def set_year_slug(self):
        """A new report gets its year as its slug, unless another report already has it."""
        year = self.cleaned_data.get("year")
        if self.instance.pk or not year or "slug" not in self.fields:
            return
        slug = report_slug(year, self.cleaned_data.get("unit", ""))
        if self.parent_page and not Page._slug_is_available(slug, self.parent_page, self.instance):
            self.add_error(
                "year",
                _("Det finns redan en årsrapport för %(year)s. Fyll i enheten eller ett annat år.")
                % {"year": year},
            )
            return
        self.cleaned_data["slug"] = slug

    def check_quotes_reviewed(self):
        formset = self.formsets.get("quotes")
        if formset is None:
            return
        unreviewed = [
            form
            for form in formset.forms
            if getattr(form, "cleaned_data", None)
            and not form.cleaned_data.get("DELETE")
            # The instance holds the cleaned values (and the mark cleared above).
            and blocks_publishing(form.instance)
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
