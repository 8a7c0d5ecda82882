"""Glossary terms in page text: the first use of a hard word gets its explanation in place.

The rendered HTML of a block is split into tags and text; only text outside links, headings,
buttons and summaries is touched, so the markup stays valid. Each explained term is wrapped in
``<span class="term">`` and its explanation follows the block as a native ``<details>``
(works with keyboard and screen readers; no hover-only tooltip). Internal links get the
reader's band so a choice is kept while moving around.

Works on what it is given (terms, band, the glossary page's URL); the lookup of the terms is
the models' (``child_info.models.term_explainer``).
"""

import re
from itertools import groupby

from django.template.loader import render_to_string
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.text import slugify

from .bands import is_internal, with_band

TAG = re.compile(r"(<[^>]*>)")
HREF = re.compile(r'(\shref=")([^"]*)(")')
SKIP_TAGS = {"a", "h1", "h2", "h3", "h4", "h5", "h6", "summary", "button", "script", "style"}
TAG_NAME = re.compile(r"<\s*(/?)\s*([a-zA-Z0-9]+)")
SWEDISH_ALPHABET = "abcdefghijklmnopqrstuvwxyzåäö"


def anchor_for(word: str) -> str:
    """'Vårdnadshavare' -> 'vardnadshavare': a stable ASCII id for anchors."""
    return slugify(word.lower().translate(str.maketrans("åäöé", "aaoe")))


def swedish_sort_key(word: str):
    return [SWEDISH_ALPHABET.find(c) if c in SWEDISH_ALPHABET else ord(c) for c in word.lower()]


def by_letter(terms, band):
    """[(letter, [(term, explanation), ...]), ...] in Swedish alphabetical order (A–Ö)."""
    terms = sorted(terms, key=lambda t: swedish_sort_key(t.term))
    return [
        (letter.upper(), [(t, t.explanation_for(band)) for t in group])
        for letter, group in groupby(terms, key=lambda t: t.term[:1].lower())
    ]


class TermExplainer:
    """Explains each glossary term once per page, in the reader's band."""

    def __init__(self, terms, band, glossary_url=None):
        self.band = band
        self.glossary_url = glossary_url
        self.explained = set()
        self.by_form = {}
        for term in terms:
            for form in term.word_forms:
                self.by_form.setdefault(form.lower(), term)
        forms = sorted(self.by_form, key=len, reverse=True)
        self.pattern = (
            re.compile(r"(?<!\w)(" + "|".join(map(re.escape, forms)) + r")(?!\w)", re.I)
            if forms
            else None
        )

    def process(self, html: str) -> str:
        """Band on internal links, terms marked, explanations appended. Returns safe HTML."""
        found = []
        out = []
        skip_depth = 0
        for part in TAG.split(str(html)):
            if part.startswith("<"):
                out.append(self._tag(part))
                match = TAG_NAME.match(part)
                if match and match.group(2).lower() in SKIP_TAGS and not part.endswith("/>"):
                    skip_depth += -1 if match.group(1) else 1
                    skip_depth = max(skip_depth, 0)
            elif skip_depth or self.pattern is None:
                out.append(part)
            else:
                out.append(self._mark_terms(part, found))
        if found:
            out.append(
                render_to_string(
                    "child_info/includes/term_explanations.html",
                    {
                        "terms": [(t, t.explanation_for(self.band)) for t in found],
                        "glossary_url": self.glossary_url,
                    },
                )
            )
        return mark_safe("".join(out))  # noqa: S308 - built from escaped parts and templates

    def _tag(self, tag):
        def add_band(match):
            url = match.group(2)
            if is_internal(url.replace("&amp;", "&")):
                url = escape(with_band(url.replace("&amp;", "&"), self.band))
            return match.group(1) + url + match.group(3)

        return HREF.sub(add_band, tag) if tag[1:2].lower() == "a" else tag

    def _mark_terms(self, text, found):
        def mark(match):
            term = self.by_form[match.group(1).lower()]
            if term.pk in self.explained:
                return match.group(0)
            self.explained.add(term.pk)
            found.append(term)
            return f'<span class="term">{match.group(0)}</span>'

        return self.pattern.sub(mark, text)
