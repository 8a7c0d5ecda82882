"""SQL queries per public page: at most 10 on a page-cache miss, the same with 10x content and
with many municipalities on the install."""

import wagtail_factories
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from child_info.models import ChildInfoPage, GlossaryTerm, Situation
from home.age_bands import AgeBand
from portal.pagecache.generation import invalidate
from portal.pagecache.middleware import HIT_HEADER
from portal.pagecache.privacy import restricted_paths
from tests.factories import (
    ChildInfoPageFactory,
    GlossaryTermFactory,
    ImprovementFactory,
    SituationFactory,
    ThemeFactory,
    child_info_index,
    english_home,
    glossary_page,
    what_happened_page,
)

MAX_QUERIES = 10


def body(link):
    return (
        "<p>Socialsekreteraren gör en utredning. Ibland bor ett barn i ett stödhem. "
        f'<a href="{link}">Läs om sekretess</a>.</p>'
    )


# About the demo's size: the figures are per page of a site with real content.
THEMES, IMPROVEMENTS, TERMS, SITUATIONS, TOPICS = 4, 6, 10, 5, 10
PICTURED = 3


def public_pages():
    """A page of each public kind with what it lists, about as much as the demo has: topics
    in situations with glossary terms and links in their text, improvements shown to
    children under themes."""
    themes = ThemeFactory.create_batch(THEMES)
    for n in range(IMPROVEMENTS):
        ImprovementFactory(themes=[themes[n % THEMES]], show_to_children=True)
    GlossaryTermFactory(term="stödhem")  # marked in the topics' text
    GlossaryTermFactory.create_batch(TERMS - 1)
    situations = SituationFactory.create_batch(SITUATIONS)
    for situation in situations[:PICTURED]:  # the demo's situations have a picture each
        situation.image = wagtail_factories.ImageFactory()
        situation.image_alt = "En teckning."
        situation.save()
    other = ChildInfoPageFactory(situations=situations[:1])
    text = [{"type": "paragraph", "value": body(other.url)}]
    topics = [
        ChildInfoPageFactory(
            situations=[situations[n % SITUATIONS], situations[(n + 1) % SITUATIONS]],
            body_5_8=text,
            body_9_12=text,
            body_13_18=text,
        )
        for n in range(TOPICS - 1)
    ]
    topic, theme = topics[0], themes[0]
    what_happened = what_happened_page().url
    return [
        "/",
        child_info_index().url,
        *(f"{topic.url}?alder={band.value}" for band in AgeBand),
        topic.url,
        glossary_page().url,
        english_home().url,
        what_happened,
        f"{what_happened}?tema={theme.slug}",
    ], other.url


def queries_per_page(urls, host="localhost"):
    """Queries of an uncached render of each URL (the page cache misses, as after a publish)."""
    client = Client(HTTP_HOST=host)
    counts = {}
    for url in urls:
        client.get(url)  # image renditions and the like are made once
        invalidate()
        restricted_paths()  # read once per cache generation, shared by every page
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200, url
        assert response[HIT_HEADER] == "miss", url
        counts[url] = len(queries)
    return counts


def add_content(factor, link):
    """About ``factor`` times the topics, situations, glossary terms and improvements there are
    (the text of each new topic links to ``link``)."""
    from feedback.models import Improvement, Theme

    themes = list(Theme.objects.all())
    for n in range(Improvement.objects.count() * (factor - 1)):
        extra = Improvement.objects.create(title=f"Extra förbättring {n}", show_to_children=True)
        extra.themes.add(themes[n % len(themes)])
    index = child_info_index()
    topics = ChildInfoPage.objects.count()
    situations = Situation.objects.count()
    terms = GlossaryTerm.objects.count()
    GlossaryTerm.objects.bulk_create(
        GlossaryTerm(term=f"extraord{n}", forms=f"extraorden{n}", explanation=f"Förklaring {n}.")
        for n in range(terms * (factor - 1))
    )
    new_situations = Situation.objects.bulk_create(
        Situation(title=f"Extra situation {n}", sort_order=100 + n)
        for n in range(situations * (factor - 1))
    )
    for n in range(topics * (factor - 1)):
        page = ChildInfoPage(
            title=f"Extra ämne {n}",
            slug=f"extra-amne-{n}",
            summary_5_8="Kort.",
            summary_9_12="Mellan.",
            summary_13_18="Lång.",
            body_5_8=[{"type": "paragraph", "value": body(link)}],
            body_9_12=[{"type": "paragraph", "value": body(link)}],
            body_13_18=[{"type": "paragraph", "value": body(link)}],
        )
        index.add_child(instance=page)
        page.situations.set([new_situations[n % len(new_situations)], *Situation.objects.all()[:2]])
        page.save_revision().publish()


def last_extra(model, field, prefix):
    """The name of the last extra object add_content made, e.g. 'Extra ämne 89'."""
    return f"{prefix}{model.objects.filter(**{f'{field}__startswith': prefix}).count() - 1}"


def test_queries_per_public_page_are_few_and_do_not_grow_with_content(db, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path  # the situations' pictures and their renditions
    from feedback.models import Improvement

    urls, link = public_pages()
    before = queries_per_page(urls)
    for url, count in before.items():
        assert count <= MAX_QUERIES, (url, count)
    assert ChildInfoPage.objects.live().count() == TOPICS
    home = Client().get("/").content.decode()
    assert home.count('class="situation__picture"') == PICTURED  # the pictures are shown
    add_content(10, link)
    assert ChildInfoPage.objects.live().count() >= 100
    after = queries_per_page(urls)
    assert after == before
    # The bigger tree really is on the pages that list it.
    html = Client().get("/").content.decode()
    assert last_extra(Situation, "title", "Extra situation ") in html
    index = Client().get(child_info_index().url).content.decode()
    assert last_extra(ChildInfoPage, "title", "Extra ämne ") in index
    glossary = Client().get(glossary_page().url).content.decode()
    assert last_extra(GlossaryTerm, "term", "extraord") in glossary
    what_happened = Client().get(what_happened_page().url).content.decode()
    assert last_extra(Improvement, "title", "Extra förbättring ") in what_happened


MUNICIPALITIES = 12


def test_queries_per_public_page_do_not_grow_with_municipalities(db, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    from tests.factories.municipalities import new_municipality

    urls, _link = public_pages()
    before = queries_per_page(urls)
    others = [new_municipality() for _ in range(MUNICIPALITIES)]
    for municipality in others:
        ChildInfoPageFactory(parent=municipality.site.root_page, title=f"Om {municipality}")
        ImprovementFactory(municipality=municipality, show_to_children=True)
    assert queries_per_page(urls) == before
    # A municipality's own pages on its own host, with as many others around.
    last = others[-1]
    own = queries_per_page(["/", "/ni-sa-vi-gjorde/"], host=last.site.hostname)
    assert max(own.values()) <= MAX_QUERIES, own
    assert str(last) in Client(HTTP_HOST=last.site.hostname).get("/").content.decode()
