"""Personnummer, samordningsnummer and phone numbers, however the digits are grouped.

A run of digits with separators between them (spaces, dashes of any kind, dots, slashes,
brackets) is read as its digits alone, so "070.123.45.67", "070/123 45 67",
"+46 (0)70-123 45 67", "0046 70 123 45 67", "20100512–1234" and "10 05 12 12 34" are all
found. Full-width digits are ordinary digits after normalisation. A run holding several
numbers is split at its groups, longest number first.
"""

import re

SEPARATORS = r"[ \t\-\u2010-\u2015\u2212./()+]"
RUN = re.compile(rf"(?<![\w+])[+(]*\d(?:{SEPARATORS}{{0,3}}\d)*\)?")
GROUP = re.compile(r"\d+")
MAX_DIGITS = 17  # 00 + an international number of 15 digits


def valid_date(yymmdd):
    """Month 01-12 and day 01-31, or 61-91 for a samordningsnummer (day + 60)."""
    month, day = int(yymmdd[2:4]), int(yymmdd[4:6])
    return 1 <= month <= 12 and (1 <= day <= 31 or 61 <= day <= 91)


def is_personnummer(digits):
    if len(digits) == 12 and digits[:2] in ("19", "20"):
        return valid_date(digits[2:8])
    return len(digits) == 10 and valid_date(digits[:6])


def is_phone(digits, plus):
    if plus or digits.startswith("00"):
        digits = digits.removeprefix("00")
        if digits.startswith("46"):
            national = "0" + digits[2:].removeprefix("0")
            return 8 <= len(national) <= 10
        return 8 <= len(digits) <= 15
    if digits.startswith("0"):
        return 8 <= len(digits) <= 10
    if digits.startswith("467") and len(digits) == 11:
        return True  # a mobile number with the country code but without its +
    return len(digits) == 9 and digits.startswith("7")  # a mobile number without its 0


def classify(digits, plus):
    if is_personnummer(digits) and not (digits.startswith("0") and is_phone(digits, plus)):
        return "personnummer"
    if is_phone(digits, plus):
        return "telefonnummer"
    if is_personnummer(digits):
        return "personnummer"
    return None


def find(text):
    for run in RUN.finditer(text):
        groups = list(GROUP.finditer(run.group()))
        plus = run.group().startswith("+")
        first = 0
        while first < len(groups):
            # The candidates from this group on, longest first, never past 15 digits.
            candidates, digits = [], ""
            for last in range(first, len(groups)):
                digits += groups[last].group()
                if len(digits) > MAX_DIGITS:
                    break
                candidates.append((last, digits))
            for last, digits in reversed(candidates):
                kind = classify(digits, plus and first == 0)
                if kind:
                    start = run.start() if first == 0 else run.start() + groups[first].start()
                    yield start, run.start() + groups[last].end(), kind
                    first = last + 1
                    break
            else:
                first += 1
