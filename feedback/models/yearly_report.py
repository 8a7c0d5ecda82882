"""The internal section: its root page and one yearly report (årsrapport) per year and unit.

A report holds what each step of the Västernorrland model produced: the interviews, the
seminar, the social workers' own experience, and the matrix: for each theme what children
said, the general finding and the proposals (improvements, each with an owner and a status).
Quotes are published only once someone has checked that they cannot identify a child.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page

from feedback.access import InternalPageMixin
from feedback.panels import ProposalsPanel
from feedback.report_forms import YearlyReportForm
from feedback.statistics import suppressed_distribution
from home.age_bands import AgeBand

from .themes import Theme

UNREVIEWED_QUOTES_MESSAGE = _(
    "Rapporten kan inte publiceras förrän alla citat är granskade: inga namn, platser eller "
    "detaljer som kan peka ut barnet."
)


class InternalIndexPage(InternalPageMixin, RoutablePageMixin, Page):
    """The root of the internal section (/internt/): private to Handläggare and Politiker."""

    intro = RichTextField(_("ingress"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["feedback.YearlyReportPage"]
    max_count_per_parent = 1
    template = "feedback/internal/internal_index_page.html"

    class Meta:
        verbose_name = _("intern startsida")
        verbose_name_plural = _("interna startsidor")

    def get_context(self, request, *args, **kwargs):
        return {**super().get_context(request, *args, **kwargs), "internal_index": self}

    def reports(self):
        return YearlyReportPage.objects.child_of(self).live().order_by("-year", "unit")

    @path("")
    def overview(self, request):
        from feedback import reporting

        return self.render(
            request,
            context_overrides={
                "nav_current": "overview",
                "reports": self.reports(),
                "status_counts": reporting.status_counts(),
                "theme_counts": reporting.theme_counts(),
            },
        )

    @path("forbattringar/")
    def improvements_view(self, request):
        from feedback import reporting

        theme = reporting.chosen_theme(request)
        return self.render(
            request,
            template="feedback/internal/improvements.html",
            context_overrides={
                "nav_current": "improvements",
                "improvements": reporting.improvements_with_history(theme),
                "themes": Theme.objects.filter(improvements__isnull=False).distinct(),
                "chosen_theme": theme,
                "status_counts": reporting.status_counts(theme),
            },
        )

    @path("jamforelse/")
    def comparison_view(self, request):
        from feedback import reporting

        return self.render(
            request,
            template="feedback/internal/comparison.html",
            context_overrides={
                "nav_current": "comparison",
                "comparison": reporting.year_comparison(),
            },
        )


class YearlyReportPage(InternalPageMixin, Page):
    year = models.PositiveSmallIntegerField(_("år"))
    unit = models.CharField(
        _("enhet"),
        max_length=100,
        blank=True,
        help_text=_("Fyll i när kommunen har flera enheter som gör egna rapporter."),
    )
    summary = RichTextField(
        _("sammanfattning"), blank=True, features=["bold", "italic", "link", "ul"]
    )
    interviews_planned = models.PositiveSmallIntegerField(_("planerade intervjuer"), default=0)
    interviews_held = models.PositiveSmallIntegerField(_("genomförda intervjuer"), default=0)
    interviews_5_8 = models.PositiveSmallIntegerField(_("intervjuade barn 5–8 år"), default=0)
    interviews_9_12 = models.PositiveSmallIntegerField(_("intervjuade barn 9–12 år"), default=0)
    interviews_13_18 = models.PositiveSmallIntegerField(_("intervjuade barn 13–18 år"), default=0)
    seminar_date = models.DateField(_("seminariets datum"), null=True, blank=True)
    staff_experiences = RichTextField(
        _("socialsekreterarnas erfarenheter av att intervjua"),
        blank=True,
        features=["bold", "italic", "link", "ul"],
    )

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("year"), FieldPanel("unit")]),
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("interviews_planned"), FieldPanel("interviews_held")]),
                FieldRowPanel(
                    [
                        FieldPanel("interviews_5_8"),
                        FieldPanel("interviews_9_12"),
                        FieldPanel("interviews_13_18"),
                    ],
                    help_text=_(
                        "Grupper med färre än 5 barn visas som 'färre än 5' i rapporten. Är bara "
                        "en grupp så liten döljs också den minsta av de andra ('dold så att ingen "
                        "kan räknas fram')."
                    ),
                ),
                FieldPanel("seminar_date"),
            ],
            heading=_("Intervjuer och seminarium"),
        ),
        FieldPanel("staff_experiences"),
        InlinePanel(
            "findings",
            heading=_("Matrisen: fynd per tema"),
            label=_("Fynd"),
            help_text=_(
                "En rad per tema. Förslagen läggs till som förbättringar (Förbättringar i "
                "menyn) och kopplas till raden."
            ),
        ),
        InlinePanel("quotes", heading=_("Barnens röster (citat)"), label=_("Citat")),
    ]
    base_form_class = YearlyReportForm
    parent_page_types = ["feedback.InternalIndexPage"]
    subpage_types = []
    template = "feedback/internal/yearly_report_page.html"

    class Meta:
        verbose_name = _("årsrapport")
        verbose_name_plural = _("årsrapporter")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["internal_index"] = self.get_parent()
        return context

    def age_distribution(self):
        counts = {
            AgeBand.YOUNG.label: self.interviews_5_8,
            AgeBand.MIDDLE.label: self.interviews_9_12,
            AgeBand.TEEN.label: self.interviews_13_18,
        }
        return suppressed_distribution(counts)

    def matrix(self):
        """The findings with their quotes and proposals, in three queries."""
        findings = list(self.findings.select_related("theme").prefetch_related("improvements"))
        quotes_by_theme = {}
        for quote in self.quotes.filter(reviewed=True).select_related("theme"):
            quotes_by_theme.setdefault(quote.theme_id, []).append(quote)
        for finding in findings:
            finding.theme_quotes = quotes_by_theme.get(finding.theme_id, [])
            finding.proposals = list(finding.improvements.all())
        return findings

    def has_unreviewed_quotes(self):
        return any(not quote.reviewed for quote in self.quotes.all())

    def publish(self, revision, *args, **kwargs):
        # The admin form says so first; this also covers scheduled publishing and code.
        if revision.as_object().has_unreviewed_quotes():
            raise ValidationError(UNREVIEWED_QUOTES_MESSAGE)
        return super().publish(revision, *args, **kwargs)


class Finding(Orderable):
    """One row of the seminar's matrix: a theme, what children said and the general finding."""

    page = ParentalKey(YearlyReportPage, on_delete=models.CASCADE, related_name="findings")
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

    page = ParentalKey(YearlyReportPage, on_delete=models.CASCADE, related_name="quotes")
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
