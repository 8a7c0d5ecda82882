"""One yearly report (årsrapport) per year and unit, a page below the internal section's root.

A report holds what each step of the Västernorrland model produced: the interviews, the
seminar, the social workers' own experience, and the matrix (``matrix``): for each theme what
children said, the general finding and the proposals (improvements, each with an owner and a
status). Quotes are published only once someone has checked that they cannot identify a child
(``publishing``).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from feedback.access import InternalPageMixin
from feedback.answers.statistics import suppressed_distribution
from home.age_bands import AgeBand

from .matrix import matrix_rows
from .publishing import check_publishable
from .report_form import YearlyReportForm


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
        return matrix_rows(self)

    def publish(self, revision, *args, **kwargs):
        # The admin form says so first; this also covers scheduled publishing and code.
        check_publishable(revision.as_object())
        return super().publish(revision, *args, **kwargs)
