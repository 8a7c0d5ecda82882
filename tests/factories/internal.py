"""The internal section: yearly reports with their matrix and quotes, improvements."""

import factory
from factory.django import DjangoModelFactory

from feedback.models import Finding, Improvement, InternalIndexPage, Quote, YearlyReportPage

from .feedback import ThemeFactory
from .home import PortalPageFactory, home_page


class InternalIndexPageFactory(PortalPageFactory):
    """The section's root; private to Handläggare and Politiker from its first save."""

    class Meta:
        model = InternalIndexPage
        skip_postgeneration_save = True

    title = "Internt"
    slug = "internt"
    show_in_menus = False


def internal_section():
    """The home page's internal section (at most one per home page); made when missing."""
    return InternalIndexPage.objects.child_of(home_page()).first() or InternalIndexPageFactory()


class YearlyReportPageFactory(PortalPageFactory):
    """A report for ``year`` (from 2101 on: no year the demo has), slug the year as the
    admin makes it. ``findings=[Finding(...)]`` and ``quotes=[Quote(...)]`` are published
    with it (each quote must be reviewed for the publish to go through)."""

    class Meta:
        model = YearlyReportPage
        skip_postgeneration_save = True

    parent = factory.LazyFunction(internal_section)
    year = factory.Sequence(lambda n: 2101 + n)
    title = factory.LazyAttribute(lambda report: f"Årsrapport {report.year}")
    slug = factory.LazyAttribute(lambda report: str(report.year))
    summary = "<p>Sammanfattning.</p>"


class FindingFactory(DjangoModelFactory):
    """A matrix row of a (live) report, saved straight to the database."""

    class Meta:
        model = Finding

    page = factory.SubFactory(YearlyReportPageFactory)
    theme = factory.SubFactory(ThemeFactory)
    children_said = factory.Sequence(lambda n: f"Barnen sa sak {n}.")
    general_finding = factory.Sequence(lambda n: f"Fynd {n}.")


class QuoteFactory(DjangoModelFactory):
    class Meta:
        model = Quote

    page = factory.SubFactory(YearlyReportPageFactory)
    theme = factory.SubFactory(ThemeFactory)
    text = factory.Sequence(lambda n: f"Citat nummer {n}.")
    reviewed = True


class ImprovementFactory(DjangoModelFactory):
    """An improvement saved with one revision, as the admin and the demo leave it.

    ``history=[(status, day), ...]`` gives its status steps: the first is the status it was
    proposed with, each later one a change on that day. ``themes=[...]`` themes it.
    """

    class Meta:
        model = Improvement

    title = factory.Sequence(lambda n: f"Förbättring {n}")
    description = "<p>Vad vi gör och varför.</p>"
    child_summary = "Vi gör det bättre för barn."
    responsible = "Enhetschef"
    history = ()
    themes = ()

    @classmethod
    def _create(cls, model_class, *args, history=(), themes=(), **kwargs):
        later = []
        improvement = model_class(**kwargs)
        if history:
            (improvement.status, first_day), *later = history
            improvement.status_change_by(on=first_day)
        improvement.save()
        if themes:
            improvement.themes.add(*themes)
        for status, day in later:
            improvement.change_status(status, on=day)
        improvement.save_revision()
        return improvement
