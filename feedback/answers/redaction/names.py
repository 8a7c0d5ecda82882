"""Names of the child and of people around them.

A word is taken as a name when
- it follows a cue: "jag heter Kalle", "mitt namn är kalle", "hon heter Lisa" (any word that
  is not a small everyday word), or "min pappa Ahmed", "socialsekreteraren Anna"
  (a capitalised word or a listed name);
- it is one of the common first names or surnames in ``data/`` (SCB's name statistics).
  Names that are also ordinary words (``data/names_also_words.txt``: Per, Bo, Dag, Liv,
  Saga, Berg) count only when written with a capital inside a sentence, or next to
  another name;
- it is capitalised and follows a name directly ("Anna Zlatanović").
Following names are taken along, so "Kalle Svensson" becomes one marker.
"""

import re
from functools import cache
from pathlib import Path

DATA = Path(__file__).parent / "data"
WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")
SENTENCE_END = re.compile(r"[.!?:;\n\"»”(]")
SENTENCE_BREAK = re.compile(r"[.!?\n]")

# After these, the next word is the name whatever it looks like.
CUE = re.compile(
    r"\b(?:(?:heter|kallas|kalla\s+mig|mitt\s+namn\s+(?:är|e)|namnet\s+(?:är|e))\b|namn\s*:)\s*",
    re.IGNORECASE,
)
RELATIONS = (
    "pappa", "mamma", "bror", "brorsa", "syster", "syrra", "lillebror", "storebror",
    "lillasyster", "storasyster", "styvpappa", "styvmamma", "bonuspappa", "bonusmamma",
    "morfar", "farfar", "mormor", "farmor", "moster", "faster", "morbror", "farbror", "kusin",
    "kompis", "bästis", "vän", "pojkvän", "flickvän", "granne", "tränare", "lärare", "läraren",
    "mentor", "mentorn", "fröken", "kurator", "kuratorn", "socialsekreterare",
    "socialsekreteraren", "soc", "handläggare", "handläggaren", "kontaktperson",
    "kontaktpersonen", "familjehemsmamma", "familjehemspappa", "jourhemsmamma",
    "jourhemspappa",
)  # fmt: skip
RELATION = re.compile(
    rf"\b(?:{'|'.join(RELATIONS)})\b(?:\s*,)?(?:\s+(?:som\s+)?heter)?\s*", re.IGNORECASE
)
# Small everyday words that are never taken as a name, even after a cue.
NEVER_NAMES = {
    "du", "det", "den", "han", "hon", "hen", "jag", "vi", "ni", "de", "dom", "man", "så",
    "inte", "nog", "väl", "ju", "något", "någon", "typ", "också", "alltid", "bara", "och",
    "eller", "men", "att", "är", "var", "för", "med", "på", "i", "till", "som", "mig", "dig",
    "sig", "oss", "er", "dem", "en", "ett", "min", "mitt", "mina", "din", "ditt", "dina",
    "hans", "hennes", "deras", "vår", "vårt", "våra", "hej", "tack", "bra", "mamma", "pappa",
    "när", "då", "nu", "här", "där", "vad", "vem", "hur", "varför", "ingen", "inget",
}  # fmt: skip
# What may stand between two parts of one name.
JOIN = re.compile(r"[ \t-]*")


def _read(name):
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return {line.strip().casefold() for line in lines if line.strip() and line[0] != "#"}


@cache
def name_lists():
    """(every listed name, the listed names that are also ordinary words), case-folded."""
    names = _read("first_names_female.txt") | _read("first_names_male.txt") | _read("surnames.txt")
    return frozenset(names), frozenset(_read("names_also_words.txt"))


class Words:
    """The words of a text, with what the name rules ask of each."""

    def __init__(self, text):
        self.text = text
        self.words = list(WORD.finditer(text))
        self.names, self.also_words = name_lists()
        # Where a word right after a cue starts.
        self.cue_ends = {cue: {m.end() for m in cue.finditer(text)} for cue in (CUE, RELATION)}

    def __len__(self):
        return len(self.words)

    def folded(self, i):
        return self.words[i].group().casefold()

    def capitalised(self, i):
        return self.words[i].group()[0].isupper()

    def listed(self, i):
        return self.folded(i) in self.names

    def only_a_name(self, i):
        return self.listed(i) and self.folded(i) not in self.also_words

    def before(self, i):
        """The text between the previous word and this one."""
        return self.text[self.words[i - 1].end() if i else 0 : self.words[i].start()]

    def sentence_start(self, i):
        return i == 0 or bool(SENTENCE_END.search(self.before(i)))

    def joined(self, i):
        """Nothing but a space or hyphen between this word and the previous one."""
        return i > 0 and JOIN.fullmatch(self.before(i)) is not None

    def after_cue(self, i, cue):
        return self.words[i].start() in self.cue_ends[cue]


def is_name(words, i):
    """A name by the list or by a cue, whatever is around it."""
    if words.folded(i) in NEVER_NAMES:
        return False
    if words.only_a_name(i):
        return True
    if words.listed(i) and words.capitalised(i) and not words.sentence_start(i):
        return True
    if words.after_cue(i, CUE) and not SENTENCE_BREAK.search(words.before(i)):
        return True
    return words.after_cue(i, RELATION) and (words.capitalised(i) or words.listed(i))


def takes_along(words, i, found):
    """A word next to a found name that belongs to it: "Per Svensson", "Anna Zlatanović",
    or a listed name in a list of names, "Lisa och Mohammed", "Per, Ali"."""
    if found[i] or words.folded(i) in NEVER_NAMES:
        return False
    after_name = words.joined(i) and found[i - 1]
    if not words.listed(i):
        return words.capitalised(i) and after_name
    before_name = i + 1 < len(words) and words.joined(i + 1) and found[i + 1]
    listed_with = [
        j
        for j, middle in ((i - 2, i - 1), (i + 2, i + 1))
        if 0 <= j < len(words) and found[j] and words.folded(middle) == "och"
    ] or [
        j
        for j in (i - 1, i + 1)
        if 0 <= j < len(words) and found[j] and words.before(max(i, j)).strip() == ","
    ]
    return after_name or before_name or bool(listed_with)


def find(text):
    words = Words(text)
    found = [is_name(words, i) for i in range(len(words))]
    for _round in range(2):  # "Per Anna Svensson" is reached from either end
        for i in range(len(words)):
            found[i] = found[i] or takes_along(words, i, found)
    start = None
    for i, word in enumerate(words.words):
        if not found[i]:
            continue
        if start is None:
            start = word.start()
        if not (i + 1 < len(words) and found[i + 1] and words.joined(i + 1)):
            yield start, word.end(), "namn"
            start = None
