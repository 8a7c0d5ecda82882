"""Children's information pages: the index ('Om socialtjänsten'), a page per topic, the
situations the home page lists them under, and the glossary with its terms."""

import factory
from factory.django import DjangoModelFactory

from child_info.models import (
    ChildInfoIndexPage,
    ChildInfoPage,
    GlossaryPage,
    GlossaryTerm,
    Situation,
)

from .home import PortalPageFactory, home_page


def child_info_index():
    """The home page's information index; made when there is none."""
    return ChildInfoIndexPage.objects.child_of(home_page()).first() or ChildInfoIndexPageFactory()


class ChildInfoIndexPageFactory(PortalPageFactory):
    class Meta:
        model = ChildInfoIndexPage
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Om socialtjänsten {n}")


def paragraph(text):
    return [{"type": "paragraph", "value": f"<p>{text}</p>"}]


class SituationFactory(DjangoModelFactory):
    """An entry point on the home page ('Det är jobbigt hemma'), without a picture."""

    class Meta:
        model = Situation

    title = factory.Sequence(lambda n: f"Situation {n}")
    sort_order = 100


class ChildInfoPageFactory(PortalPageFactory):
    """A topic with its three versions: a summary and a body per age band.
    ``situations=[...]`` ticks its situations (published with it)."""

    class Meta:
        model = ChildInfoPage
        skip_postgeneration_save = True

    parent = factory.LazyFunction(child_info_index)
    title = factory.Sequence(lambda n: f"Ämne {n}")
    summary_5_8 = factory.LazyAttribute(lambda page: f"Om {page.title}, för små.")
    summary_9_12 = factory.LazyAttribute(lambda page: f"Om {page.title}, för mellan.")
    summary_13_18 = factory.LazyAttribute(lambda page: f"Om {page.title}, för stora.")
    body_5_8 = factory.LazyFunction(lambda: paragraph("Kort."))
    body_9_12 = factory.LazyFunction(lambda: paragraph("Mellan."))
    body_13_18 = factory.LazyFunction(lambda: paragraph("Lång."))


class GlossaryPageFactory(PortalPageFactory):
    """Ordlista A–Ö (at most one in the tree: use ``glossary_page()``)."""

    class Meta:
        model = GlossaryPage
        skip_postgeneration_save = True

    title = "Ordlista"
    slug = "ordlista"


def glossary_page():
    """The tree's glossary page; made under the home page when there is none."""
    return GlossaryPage.objects.first() or GlossaryPageFactory()


class GlossaryTermFactory(DjangoModelFactory):
    """A term explained for 13–18 (and, by fallback, the younger bands)."""

    class Meta:
        model = GlossaryTerm

    term = factory.Sequence(lambda n: f"testord{n}")
    explanation = factory.LazyAttribute(lambda term: f"Vad {term.term} betyder.")
