"""Does an address tell anything? Shared by the thank-you page's Django and browser tests."""

import base64
import binascii
import contextlib
import json
import re
import urllib.parse

# What the old readable token held (the danger flag and the kinds of data removed), in the
# words the thank-you page uses and as the redactor names them.
TELLING_WORDS = [
    "telefonnummer",
    "e-post",
    "e-postadress",
    "personnummer",
    "fara",
    "danger",
    '"d"',
    '"r"',
]


def decodings(value):
    """Everything the value could be read as: itself, and base64 (url-safe or not) of it."""
    found = [value]
    for part in re.split(r"[:./?=&]", value):
        padded = part + "=" * (-len(part) % 4)
        for decode in (base64.urlsafe_b64decode, base64.b64decode):
            with contextlib.suppress(binascii.Error, UnicodeDecodeError, ValueError):
                found.append(decode(padded).decode("utf-8"))
    return found


def assert_means_nothing(url):
    """The URL, and any base64 in it, holds no flag, no kind of data and no JSON object."""
    for text in decodings(urllib.parse.unquote(url)):
        lowered = text.lower()
        for kind in TELLING_WORDS:
            assert kind.lower() not in lowered, (url, text)
        try:
            parsed = json.loads(text)
        except ValueError:
            continue
        assert not isinstance(parsed, dict | list), (url, text)
