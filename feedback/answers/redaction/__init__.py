"""Remove personal data from a child's free text before it is saved.

The text is first put in one normal form (``feedback.answers.normalise``), then every detector
below marks what looks like personal data, and each marked stretch is replaced by a marker
such as ``[borttaget: telefonnummer]``. Over-redacting something that only looks like
personal data is the safe mistake.

- ``numbers``: personnummer, samordningsnummer and phone numbers, however they are grouped;
- ``contacts``: e-mail addresses (also "kalle at gmail punkt com") and social-media handles;
- ``places``: street addresses with a number, postcodes with a town, school names;
- ``names``: names after cue phrases ("jag heter", "min pappa heter") and the common Swedish
  first names and surnames in ``data/`` (SCB's public name statistics).
"""

from django.utils.translation import gettext_lazy as _

from feedback.answers.normalise import normalise

from . import contacts, names, numbers, places

# kind: (the word in the stored marker, what the child is told was removed).
# The order is the order the child is told.
KINDS = {
    "e-post": ("e-post", _("e-postadress")),
    "personnummer": ("personnummer", _("personnummer")),
    "telefonnummer": ("telefonnummer", _("telefonnummer")),
    "namn": ("namn", _("namn")),
    "adress": ("adress", _("adress")),
    "skola": ("skola", _("namn på skola")),
    "anvandarnamn": ("användarnamn", _("användarnamn")),
}

DETECTORS = (
    contacts.find_emails,
    numbers.find,
    contacts.find_handles,
    places.find,
    names.find,
)


def marker(kind):
    """The marker stored instead of the personal data (stored data, always Swedish)."""
    return f"[borttaget: {KINDS[kind][0]}]"


def find(text):
    """The stretches (start, end, kind) of personal data in normalised text, in order.

    Overlapping finds are joined into one stretch, named by the longest of them.
    """
    hits = sorted(
        (hit for detector in DETECTORS for hit in detector(text)),
        key=lambda hit: (hit[0], hit[0] - hit[1]),
    )
    joined = []
    for start, end, kind in hits:
        if joined and start < joined[-1][1]:
            last_start, last_end, last_kind = joined[-1]
            if end - start > last_end - last_start:
                last_kind = kind
            joined[-1] = (last_start, max(end, last_end), last_kind)
        else:
            joined.append((start, end, kind))
    return joined


def redact(text):
    """Return (normalised text with personal data replaced, set of kinds that were removed)."""
    if not text:
        return text, set()
    text = normalise(text)
    parts, found, position = [], set(), 0
    for start, end, kind in find(text):
        parts += [text[position:start], marker(kind)]
        found.add(kind)
        position = end
    parts.append(text[position:])
    return "".join(parts), found


def labels(kinds):
    """What was removed, in words for the child, in a stable order."""
    return [label for kind, (_word, label) in KINDS.items() if kind in kinds]
