"""What a search looks for and what it finds: the children's words, ranked pages.

The query is first expanded with the staff-edited synonyms (``SearchSynonym``: "soc-tant"
also looks for "socialsekreterare"), common little words that say nothing about a page
("jag", "med", "vad") are left out, and the information pages and "Ni sa – vi gjorde" are
searched together.

On PostgreSQL Wagtail's database backend uses the full-text configuration in
``WAGTAILSEARCH_BACKENDS["default"]["SEARCH_CONFIG"]`` ("swedish"), which stems words.
SQLite's FTS5 does not stem Swedish, so there each query word is reduced with the Snowball
Swedish stemmer (``stemmer.py``) and matched as a prefix ("utredningarna" -> "utredning*").
"""

import re

from django.db import connection
from wagtail.models import Locale, Page
from wagtail.search.query import Or, PlainText

from child_info.models import ChildInfoPage
from feedback.models import WhatHappenedPage
from portal.pagecache.privacy import public_q

from .stemmer import swedish_stem
from .synonyms import SearchSynonym

WORD = re.compile(r"\w+")
MAX_WORDS = 8
MAX_EXPANDED_WORDS = 16
# Little words that every page has; a query of only these keeps them.
STOP_WORDS = frozenset(
    """
    jag du han hon hen vi ni de den det dem mig dig oss er sig min mitt mina din ditt dina
    och att i på med som en ett är var vad hur när vem vilka vilken om för till av från
    har hade ha kan får fick ska skulle vill måste gör göra blir bli också så men eller
    inte någon något man mycket bara nu sen då här där
    """.split()  # noqa: SIM905 - a word list reads better as words
)
# Words on every page: looked for only when nothing else is asked.
EVERYWHERE = frozenset(["soc"])


def query_words(query: str, synonyms=None) -> list[str]:
    """The words to look for: the child's own, then what their phrases mean on the pages."""
    text = " ".join(query.lower().split())
    words = WORD.findall(text)[:MAX_WORDS]
    if synonyms is None:
        synonyms = SearchSynonym.objects.values_list("words", "means")
    for phrase, means in synonyms:
        if re.search(r"(?<!\w)" + re.escape(" ".join(phrase.lower().split())) + r"(?!\w)", text):
            words += WORD.findall(means.lower())
    meaningful = [word for word in words if word not in STOP_WORDS]
    specific = [word for word in meaningful if word not in EVERYWHERE]
    return list(dict.fromkeys(specific or meaningful or words))[:MAX_EXPANDED_WORDS]


def search_pages(query: str):
    """Live, public information pages and 'Ni sa – vi gjorde' matching the query, best first
    (base ``Page`` objects; ``specific_results`` turns them into their own types)."""
    words = query_words(query)
    if not words:
        return []
    pages = (
        Page.objects.live()
        .filter(public_q())
        .filter(locale=Locale.get_active())
        .type(ChildInfoPage, WhatHappenedPage)
    )
    if connection.vendor == "postgresql":
        return pages.search(" ".join(words), operator="or")
    stems = [PlainText(swedish_stem(word)) for word in words]
    return pages.autocomplete(stems[0] if len(stems) == 1 else Or(stems))


def specific_results(results) -> list:
    """The found pages as their own types, in the same order (one query per page type)."""
    ids = [page.pk for page in results]
    found = Page.objects.filter(pk__in=ids).specific().in_bulk()
    return [found[pk] for pk in ids if pk in found]
