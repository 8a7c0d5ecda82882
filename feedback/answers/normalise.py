"""One normal form for a child's text, used before any matching and for what is stored.

``normalise`` makes look-alike text the same text: NFKC turns full-width digits and letters,
the full-width @ and decomposed letters (a + ring above) into their ordinary forms, and the
invisible format characters (zero-width spaces and joiners, soft hyphens, direction marks)
are dropped, so nothing can hide inside a word. ``fold`` goes further for matching only:
case-folded and without accents, so "slår", "SLÅR" and "slar" are the same word.
"""

import unicodedata


def normalise(text):
    """NFKC without invisible format characters (Unicode category Cf)."""
    if not text:
        return text
    text = unicodedata.normalize("NFKC", text)
    return "".join(char for char in text if unicodedata.category(char) != "Cf")


def fold(text):
    """Normalised, case-folded and without diacritics: å, ä -> a, ö -> o, é -> e."""
    decomposed = unicodedata.normalize("NFD", normalise(text or "").casefold())
    stripped = "".join(char for char in decomposed if unicodedata.category(char) != "Mn")
    return unicodedata.normalize("NFC", stripped)
