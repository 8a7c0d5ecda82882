"""A Swedish stemmer for SQLite, whose FTS5 does not stem Swedish: each query word is reduced
and matched as a prefix ("utredningarna" -> "utredning*"). PostgreSQL stems with its own
"swedish" text-search configuration instead.
"""

VOWELS = "aeiouyäåö"
S_ENDING = "bcdfghjklmnoprtvy"
MAIN_SUFFIXES = sorted(
    (
        "a",
        "arna",
        "erna",
        "heterna",
        "orna",
        "ad",
        "e",
        "ade",
        "ande",
        "arne",
        "are",
        "aste",
        "en",
        "anden",
        "aren",
        "heten",
        "ern",
        "ar",
        "er",
        "heter",
        "or",
        "as",
        "arnas",
        "ernas",
        "ornas",
        "es",
        "ades",
        "andes",
        "ens",
        "arens",
        "hetens",
        "erns",
        "at",
        "andet",
        "het",
        "ast",
        "et",
    ),
    key=len,
    reverse=True,
)
CONSONANT_PAIRS = ("dd", "gd", "nn", "dt", "gt", "kt", "tt")


def _r1(word: str) -> int:
    for i in range(1, len(word)):
        if word[i] not in VOWELS and word[i - 1] in VOWELS:
            return max(i + 1, 3)
    return len(word)


def swedish_stem(word: str) -> str:
    """The Snowball Swedish stemmer with two additions for prefix matching: the definite
    ending "-et" is removed too, and a final double consonant becomes single
    ("familjehemmet" -> "familjehemm" -> "familjehem"), so the prefix matches the base form."""
    word = word.lower()
    r1 = _r1(word)
    for suffix in MAIN_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= r1:
            word = word[: -len(suffix)]
            break
    else:
        if word.endswith("s") and len(word) - 1 >= r1 and len(word) > 1 and word[-2] in S_ENDING:
            word = word[:-1]
    if word.endswith(CONSONANT_PAIRS) and len(word) - 2 >= r1:
        word = word[:-1]
    for suffix in ("lig", "ig", "els"):
        if word.endswith(suffix) and len(word) - len(suffix) >= r1:
            word = word[: -len(suffix)]
            break
    else:
        if word.endswith(("löst", "fullt")) and len(word) - 4 >= r1:
            word = word[:-1]
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in VOWELS:
        word = word[:-1]
    return word
