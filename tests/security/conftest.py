import pytest
from wagtail.models import get_page_models

from home.age_bands import AgeBand
from tests.factories import (
    ChildInfoPageFactory,
    FeedbackPageFactory,
    GlossaryTermFactory,
    ImprovementFactory,
    SituationFactory,
    child_info_index,
    english_home,
    glossary_page,
    home_page,
    what_happened_page,
)
from tests.factories.child_info import paragraph

SEARCH_URL = "/sok/?q=socialsekreterare"


# Page types that are never public: the internal section (tests/internal/ reads those).
NOT_PUBLIC = {"wagtailcore.Page", "feedback.InternalIndexPage", "feedback.YearlyReportPage"}


@pytest.fixture
def public_pages(db):
    """A live page of every public page type, built with the factories: the home page and its
    English translation, the information index with a topic (in a situation, with a glossary
    term in its text), the glossary, the feedback form and 'Ni sa – vi gjorde' (with an
    improvement shown to children)."""
    term = GlossaryTermFactory()
    text = paragraph(f"Här står {term.term} och socialsekreterare.")  # marked; found by search
    topic = ChildInfoPageFactory(situations=[SituationFactory()], body_9_12=text)
    ImprovementFactory(show_to_children=True)
    pages = [
        home_page(),
        english_home(),
        child_info_index(),
        topic,
        glossary_page(),
        FeedbackPageFactory(),
        what_happened_page(),
    ]
    covered = {page._meta.label for page in pages}
    assert {model._meta.label for model in get_page_models()} - covered == NOT_PUBLIC
    return pages


@pytest.fixture
def public_urls(public_pages):
    """Each of those pages (an information page once per band, too), plus search."""
    from child_info.models import ChildInfoPage

    urls = [SEARCH_URL]
    for page in public_pages:
        if isinstance(page, ChildInfoPage):
            urls += [f"{page.url}?alder={band.value}" for band in AgeBand]
        urls.append(page.url)
    return urls
