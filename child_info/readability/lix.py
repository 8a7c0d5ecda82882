"""LIX (läsbarhetsindex), the Swedish readability index.

LIX = words per sentence + percentage of words longer than six letters.
Rough guide: under 25 children's books, 25–30 easy, 30–40 normal, 40–50 factual, 50+ hard.
"""

import re
from dataclasses import dataclass

from django.utils.html import strip_tags
from wagtail.blocks import StructBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.rich_text import RichText

WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*|\d+(?:[.,:]\d+)*")
# A sentence ends at . ! ? or : followed by space or end, and at every line break
# (headings and list items are sentences of their own).
SENTENCE_END = re.compile(r"[.!?:]+(?=\s|$)|\n+")
LONG_WORD_LETTERS = 6


@dataclass(frozen=True)
class Readability:
    words: int
    sentences: int
    long_words: int

    @property
    def lix(self) -> float:
        if not self.words:
            return 0.0
        return round(self.words / self.sentences + 100 * self.long_words / self.words, 1)


@dataclass(frozen=True)
class Sentence:
    text: str
    words: int
    long_words: int


def is_long(word: str) -> bool:
    return sum(c.isalpha() for c in word) > LONG_WORD_LETTERS


def analyse(text: str) -> Readability:
    """Count words, sentences and long words in plain text or HTML."""
    text = html_to_text(text)
    words = WORD.findall(text)
    sentences = [s for s in SENTENCE_END.split(text) if WORD.search(s)]
    return Readability(
        words=len(words), sentences=max(len(sentences), 1), long_words=sum(map(is_long, words))
    )


def sentences(text: str) -> list[Sentence]:
    """Each sentence of plain text or HTML, as ``analyse`` counts them, with its counts."""
    result = []
    for part in SENTENCE_END.split(html_to_text(text)):
        words = WORD.findall(part)
        if words:
            result.append(Sentence(" ".join(part.split()), len(words), sum(map(is_long, words))))
    return result


def lix(text: str) -> float:
    return analyse(text).lix


def html_to_text(text: str) -> str:
    """Turn block-level tags into line breaks so headings and list items end sentences."""
    text = re.sub(
        r"</?(p|h[1-6]|li|ul|ol|br|div|blockquote|tr|td|th)\b[^>]*>", "\n", text, flags=re.I
    )
    return strip_tags(text)


def stream_text(stream) -> str:
    """The prose of a StreamField value as HTML/plain text, one block per line.

    Headings, paragraphs and boxes count; images (alt text, captions) do not, because a reader
    does not read them as part of the running text.
    """
    return "\n".join(filter(None, (_block_text(child.block, child.value) for child in stream)))


def _block_text(block, value) -> str:
    if isinstance(value, RichText):
        return value.source
    if isinstance(value, str):
        return value
    if isinstance(block, StructBlock):
        children = block.child_blocks
        if any(isinstance(child, ImageChooserBlock) for child in children.values()):
            return ""
        return "\n".join(
            filter(None, (_block_text(children[name], value[name]) for name in children))
        )
    return ""
