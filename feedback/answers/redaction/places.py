"""Street addresses with a number, postcodes with a town, and school names.

"Storgatan 12 B", "Sankt Eriksgatan 3, lgh 1102", "bor på Björkvägen", "852 31 Sundsvall",
"Nyskolan", "Engelska skolan", "Kungsholmens gymnasium". General words stay: "i skolan",
"förskolan", "grundskolan", "på vägen 2 gånger".
"""

import re

STREET = (
    r"(?:gatan|gata|vägen|väg|gränd|gränden|stigen|stig|backen|backe|torget|torg|platsen|"
    r"plan|allén|allé|leden|parken|slingan|höjden|ringen|liden|stråket|kroken|gården|"
    r"bron|kajen|esplanaden|terrassen|promenaden|hagen|ängen|udden|vägen)"
)
# Letters only, and not too many: a long run of digits and dashes must not be tried at
# every position.
CAPITALISED = r"[A-ZÅÄÖÉ][^\W\d_]{1,40}"
LETTERS = r"[^\W\d_]{2,30}(?:-[^\W\d_]{1,30})?"
STREET_NAME = rf"(?:(?:{CAPITALISED}\s+)?{LETTERS}{STREET}|{CAPITALISED}\s+{STREET})"
FLAT = r"(?:\s*,?\s*(?:lgh|lägenhet|vån|våning)\.?\s*\d{1,4})?"
ADDRESS = re.compile(rf"\b{STREET_NAME}\s+\d{{1,4}}(?:\s?[a-zA-Z]\b)?{FLAT}")
LIVES_ON = re.compile(rf"(?i:\bbor\s+(?:på|i)\s+)(?P<street>(?=[A-ZÅÄÖ]){LETTERS}{STREET})\b")
POSTCODE = re.compile(
    r"(?<![\d\w])(?:SE-?\s?)?\d{3}\s?\d{2}(?!\d)\s+[A-ZÅÄÖ][a-zåäöé]+(?:[\s-][A-ZÅÄÖ][a-zåäöé]+)?"
)

SCHOOL = r"(?:skolan|skola|skolas|skolans|gymnasiet|gymnasium|gymnasiets)"
SCHOOL_COMPOUND = re.compile(rf"\b{LETTERS}{SCHOOL}\b")
SCHOOL_NAMED = re.compile(rf"\b(?:{CAPITALISED}\s+){{1,3}}{SCHOOL}\b")
# Compounds that name a kind of school, not a school.
GENERIC_SCHOOLS = {
    "för", "grund", "hög", "sär", "gymnasie", "folkhög", "kultur", "musik", "sim", "kör",
    "trafik", "rid", "dans", "sommar", "fri", "hem", "internat", "lågstadie", "mellanstadie",
    "högstadie", "fotbolls", "språk", "söndags", "yrkes", "resurs", "idrotts", "special",
    "sjukhus", "låg", "mellan", "gamla", "nya", "vanliga", "annan", "andra", "hela",
    "kommunal", "privat", "bibel", "fritids", "läxhjälps", "bilskola", "bil", "flyg",
}  # fmt: skip
# Capitalised words that start a sentence, not a school's name ("Min skola är bra").
NOT_SCHOOL_NAMES = {
    "min", "mitt", "mina", "din", "ditt", "vår", "er", "hans", "hennes", "deras", "jag", "i",
    "på", "den", "det", "en", "ett", "ny", "nya", "gamla", "denna", "den här", "hela", "från",
    "till", "om", "när", "efter", "innan", "vid", "bytte", "byta", "hej",
}  # fmt: skip


def find(text):
    for match in ADDRESS.finditer(text):
        yield match.start(), match.end(), "adress"
    for match in LIVES_ON.finditer(text):
        yield match.start("street"), match.end("street"), "adress"
    for match in POSTCODE.finditer(text):
        yield match.start(), match.end(), "adress"
    for match in SCHOOL_COMPOUND.finditer(text):
        prefix = re.sub(SCHOOL + "$", "", match.group(), flags=re.IGNORECASE).casefold()
        if prefix.rstrip("-") not in GENERIC_SCHOOLS:
            yield match.start(), match.end(), "skola"
    for match in SCHOOL_NAMED.finditer(text):
        words = match.group().split()
        start = match.start()
        while len(words) > 1 and words[0].casefold() in NOT_SCHOOL_NAMES:
            start = text.index(words[1], start + len(words[0]))
            words = words[1:]
        if len(words) > 1:
            yield start, match.end(), "skola"
