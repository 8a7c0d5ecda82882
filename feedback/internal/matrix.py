"""The analysis matrix of a yearly report: one row per theme, and the children's quotes.

Each row (``Finding``) holds what children said about a theme and the general finding; its
proposals are improvements linked to it (``Improvement.finding``). The quotes (``Quote``) are
shown beside the rows of their theme once checked (``publishing``); a changed text loses its
check. ``matrix_rows`` reads the rows as the report shows them.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable

from feedback.models.themes import Theme

from .panels import ProposalsPanel


def matrix_rows(report):
    """The report's findings with their quotes and proposals, in three queries."""
    findings = list(report.findings.select_related("theme").prefetch_related("improvements"))
    quotes_by_theme = {}
    for quote in report.quotes.filter(reviewed=True).select_related("theme"):
        quotes_by_theme.setdefault(quote.theme_id, []).append(quote)
    for finding in findings:
        finding.theme_quotes = quotes_by_theme.get(finding.theme_id, [])
        finding.proposals = list(finding.improvements.all())
    return findings


class Finding(Orderable):
    """One row of the seminar's matrix: a theme, what children said and the general finding."""

    page = ParentalKey(
        "feedback.YearlyReportPage", on_delete=models.CASCADE, related_name="findings"
    )
    theme = models.ForeignKey(
        Theme, verbose_name=_("tema"), on_delete=models.PROTECT, related_name="findings"
    )
    children_said = models.TextField(_("vad barnen sa"), max_length=1000)
    general_finding = models.TextField(_("generellt fynd"), max_length=1000)

    panels = [
        FieldPanel("theme"),
        FieldPanel("children_said"),
        FieldPanel("general_finding"),
        ProposalsPanel(),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("fynd")
        verbose_name_plural = _("fynd")

    def __str__(self):
        return f"{self.page.title} – {self.theme}"


class Quote(Orderable):
    """A short anonymised quote; shown only when checked to identify no one."""

    page = ParentalKey("feedback.YearlyReportPage", on_delete=models.CASCADE, related_name="quotes")
    theme = models.ForeignKey(
        Theme, verbose_name=_("tema"), on_delete=models.PROTECT, related_name="quotes"
    )
    text = models.CharField(_("citat"), max_length=300)
    reviewed = models.BooleanField(
        _("granskat"),
        default=False,
        help_text=_("Inga namn, platser eller detaljer som kan peka ut barnet."),
    )

    panels = [FieldPanel("theme"), FieldPanel("text"), FieldPanel("reviewed")]

    class Meta(Orderable.Meta):
        verbose_name = _("citat")
        verbose_name_plural = _("citat")

    def __str__(self):
        return self.text

    @classmethod
    def from_db(cls, db, field_names, values):
        quote = super().from_db(db, field_names, values)
        quote._saved_review = (quote.__dict__.get("text"), quote.__dict__.get("reviewed"))
        return quote

    def save(self, *args, **kwargs):
        # The review was of the old text; a new text needs its own (the admin form does the
        # same for drafts, whose quotes live in revisions).
        saved_text, saved_reviewed = getattr(self, "_saved_review", (None, False))
        if saved_reviewed and self.reviewed and saved_text is not None and self.text != saved_text:
            self.reviewed = False
            if kwargs.get("update_fields") is not None:
                kwargs["update_fields"] = {*kwargs["update_fields"], "reviewed"}
        super().save(*args, **kwargs)
        self._saved_review = (self.text, self.reviewed)
