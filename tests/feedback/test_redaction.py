"""The redactor on its own: every kind of personal data a child might type is removed,
ordinary text survives unchanged, and the text is stored in one normal form."""

import re

import pytest

from feedback.answers.normalise import fold, normalise
from feedback.answers.redaction import labels, marker, redact

from .redaction_cases import HARMLESS, PERSONAL


def test_the_table_is_big_enough():
    assert len(PERSONAL) + len(HARMLESS) >= 60


@pytest.mark.parametrize(("text", "secrets", "kinds"), PERSONAL)
def test_personal_data_is_removed(text, secrets, kinds):
    redacted, found = redact(text)
    assert found == kinds, redacted
    for secret in secrets:
        for form in (secret, normalise(secret)):
            assert form not in redacted, redacted
        assert not re.search(rf"(?<!\w){re.escape(fold(secret))}(?!\w)", fold(redacted))
    for kind in kinds:
        assert marker(kind) in redacted


@pytest.mark.parametrize("text", HARMLESS)
def test_ordinary_text_survives_unchanged(text):
    assert redact(text) == (text, set())


def test_text_is_stored_normalised():
    redacted, found = redact("Det var ba\u0308st\u200b! ｔａｃｋ")
    assert (redacted, found) == ("Det var bäst! tack", set())


def test_the_child_is_told_in_words_in_a_stable_order():
    assert [str(label) for label in labels({"anvandarnamn", "namn", "telefonnummer"})] == [
        "telefonnummer",
        "namn",
        "användarnamn",
    ]
    assert marker("anvandarnamn") == "[borttaget: användarnamn]"
