"""Find danger words in a child's text, however the child spelled them.

Staff keep a list of words, stems and phrases (``DangerWord``). A text matches a stem when
- the normalised, case-folded text has a word starting with it, as staff wrote it
  ("misshandl" finds "Misshandlad"; a zero-width character or a decomposed "ä" changes
  nothing after normalisation); or
- written without å/ä/ö, with doubled letters, or with one letter wrong, missing, added or
  swapped (stems of six letters or more), the word is the stem plus a usual ending:
  "pappa slar mig", "jag vill do", "mishandlad", "sjelvmord", "självmort".
Ordinary words that either reading would take for a danger word ("valde", "sparar", "slogan")
never match it; they are listed in ``ORDINARY_WORDS``.
"""

import re
from functools import lru_cache

from feedback.answers.normalise import fold, normalise

# A one-letter slip is forgiven only in stems this long (folded, without doubled letters):
# shorter stems are too near ordinary words.
FUZZY_MIN_LENGTH = 6
# Endings a stem may take in the loose reading; the strict reading takes any ending.
ENDINGS = {
    "", "a", "ad", "ade", "ades", "ads", "ar", "are", "as", "at", "ats", "d", "de", "des", "e",
    "en", "er", "et", "ig", "iga", "igt", "ing", "ingar", "ingen", "n", "na", "ning", "ningar",
    "ningen", "r", "s", "t", "te", "ts",
}  # fmt: skip
# Ordinary words that either reading would take for a danger word of the seeded list, found
# by running both over a Swedish word list. Written folded, without doubled letters.
ORDINARY_WORDS = {
    "botade", "botades", "gotade", "hatade", "hatades", "hetade", "hitade", "hitades",
    "hojtade", "hojtades", "hopade", "hopades", "hostade", "hostades", "hutade", "lotade",
    "lotades", "motade", "motades", "rotade", "rotades", "kivar", "slaget", "slagets",
    "snarkade", "snarkar", "spackade", "spackades", "spackar", "spakar", "spakarna", "spakars",
    "sparade", "sparades", "sparar", "sparare", "spararen", "spararna", "sparvar", "sparvarna",
    "sparvars", "sprakade", "sprakades", "sprakar", "starkare", "tasade", "tasar", "tjafsade",
    "tjafsar", "tofsar", "tofsarna", "tofsars", "vald", "valda", "valdas", "valde", "valden",
    "valdig", "valdiga", "valdigt", "slogan", "slogans", "knivig", "kniviga", "knivigt",
    "knivigare", "knivigast", "knivigaste", "knivsta",
}  # fmt: skip
TOKEN = re.compile(r"\w+")


def squeeze(word):
    """Doubled letters as one: "slåår" -> "slår", "misshandel" -> "mishandel"."""
    return re.sub(r"(.)\1+", r"\1", word)


def words_of(text):
    """The words of a text, each as (strict form, loose form).

    Strict: normalised and case-folded. Loose: also without diacritics and doubled letters.
    """
    return [(word, squeeze(fold(word))) for word in TOKEN.findall(normalise(text).casefold())]


def one_edit_apart(a, b):
    """True when a and b differ by at most one letter changed, added, removed or swapped."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diffs) == 1:
            return True
        i, j = diffs[0], diffs[-1]
        return len(diffs) == 2 and j == i + 1 and a[i] == b[j] and a[j] == b[i]
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def strict_match(word, part, last):
    """The word is the part, or starts with it (the last part of a phrase)."""
    return word == part or (last and word.startswith(part))


def loose_match(word, part, last):
    """The word is the part, or (the last part of a phrase) the part with a usual ending;
    with one letter's slip in a long part."""
    fuzzy = len(part) >= FUZZY_MIN_LENGTH
    if len(word) < len(part) - fuzzy or word[0] != part[0] and not fuzzy:
        return False
    cuts = range(len(part) - 1, len(part) + 2) if fuzzy else [len(part)]
    for cut in cuts:
        stem, ending = word[:cut], word[cut:]
        if (ending in ENDINGS if last else ending == "") and (
            stem == part or (fuzzy and one_edit_apart(stem, part))
        ):
            return True
    return False


@lru_cache(maxsize=65536)
def word_matches(word, part, last):
    (strict_word, loose_word), (strict_part, loose_part) = word, part
    if loose_word in ORDINARY_WORDS:
        return False
    return strict_match(strict_word, strict_part, last) or loose_match(loose_word, loose_part, last)


class DangerMatcher:
    """The danger words, each as the list of its words in strict and loose form."""

    def __init__(self, words):
        self.phrases = [words_of(w) for w in words]
        self.phrases = [parts for parts in self.phrases if parts]

    def search(self, text):
        words = words_of(text or "")
        for parts in self.phrases:
            for i in range(len(words) - len(parts) + 1):
                if all(
                    word_matches(words[i + k], part, last=k == len(parts) - 1)
                    for k, part in enumerate(parts)
                ):
                    return True
        return False


def contains_danger(text, words):
    """True when the text contains one of the danger words, strictly or loosely read."""
    return DangerMatcher(words).search(text)
