"""Remove personal data from a child's free text before it is saved.

Swedish personal identity numbers (and coordination numbers), phone numbers and e-mail
addresses are replaced by a marker, so they never reach the database. Over-redacting a
number that only looks like one is the safe mistake.
"""

import re

from django.utils.translation import gettext_lazy as _

# kind: (pattern, what the child is told was removed)
PATTERNS = {
    "personnummer": (
        # YYMMDD-XXXX, YYMMDD+XXXX, YYYYMMDDXXXX, with or without separator.
        re.compile(r"(?<!\d)(?:19|20)?\d{2}[01]\d[0-9]\d\s?[-+]?\s?\d{4}(?!\d)"),
        _("personnummer"),
    ),
    "telefonnummer": (
        # 070-123 45 67, 08-123 456 78, +46 70 123 45 67, 0046..., (08) 123 45
        re.compile(
            r"(?<![\w+])(?:(?:\+|00)46[\s-]?\(?0?\)?|\(?0)\d{1,3}\)?(?:[\s-]?\d){5,8}(?!\d)"
        ),
        _("telefonnummer"),
    ),
    "e-post": (
        re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE),
        _("e-postadress"),
    ),
}
# e-mail first: an address may contain digits that look like a phone number.
ORDER = ("e-post", "personnummer", "telefonnummer")


def marker(kind):
    """The marker stored instead of the personal data (stored data, always Swedish)."""
    return f"[borttaget: {kind}]"


def redact(text):
    """Return (redacted text, set of kinds that were removed)."""
    found = set()
    if not text:
        return text, found
    for kind in ORDER:
        pattern = PATTERNS[kind][0]
        text, count = pattern.subn(marker(kind), text)
        if count:
            found.add(kind)
    return text, found


def labels(kinds):
    """What was removed, in words for the child, in a stable order."""
    return [PATTERNS[kind][1] for kind in ORDER if kind in kinds]
