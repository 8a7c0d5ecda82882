"""After rich submissions through the real form, a dump of the whole database (every table,
every column) holds none of the personal data the children typed, and the thank-you page
names what was removed."""

import re

import pytest
from django.db import connection

from feedback.answers.normalise import fold, normalise
from feedback.answers.redaction import marker
from feedback.models import ExtraQuestion

from .redaction_cases import PERSONAL

# Ordinary sentences stored as typed next to the redacted ones.
KEPT = ["Jag gillar skolan och förskolan var också bra.", "Ring BRIS 116 111 om du är ledsen."]

pytestmark = pytest.mark.django_db


def dump_database():
    """Every row of every table, as text, keyed by table."""
    rows = {}
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")  # noqa: S608
            rows[table] = {" | ".join(str(value) for value in row) for row in cursor.fetchall()}
    return rows


def test_no_typed_personal_data_anywhere_in_the_database(post_feedback, feedback_page, settings):
    settings.FEEDBACK_RATE_LIMIT = 1000
    text_question = ExtraQuestion.objects.create(
        page=feedback_page, question="Vill du säga något mer?", kind="text"
    )
    before = dump_database()

    texts = [text for text, _secrets, _kinds in PERSONAL]
    fields = ["good_text", "better_text", text_question.field_name]
    for start in range(0, len(texts), len(fields)):
        chunk = texts[start : start + len(fields)]
        response = post_feedback({**dict(zip(fields, chunk, strict=False)), "treatment": "4"})
        assert response.status_code == 302, response.content.decode()[:500]
    # Many at once, one a line, as a child who writes a lot.
    response = post_feedback({"good_text": "\n".join(KEPT), "better_text": "\n".join(texts[-8:])})
    assert response.status_code == 302, response.content.decode()[:500]

    after = dump_database()
    # Only what the submissions added or changed; what was there before is not theirs.
    added = "\n".join(
        row for table, table_rows in after.items() for row in table_rows - before.get(table, set())
    )
    for kind in ("personnummer", "telefonnummer", "e-post", "namn", "adress", "skola"):
        assert marker(kind) in added  # the dump does see the stored answers
    for sentence in KEPT:
        assert sentence in added
    folded = fold(added)
    for text, secrets, _kinds in PERSONAL:
        for secret in secrets:
            for form, dump in ((secret, added), (normalise(secret), added), (fold(secret), folded)):
                assert not contains_word(dump, form), (text, secret)


def contains_word(dump, piece):
    """The piece stands on its own in the dump (not inside a hash or a longer number)."""
    return re.search(rf"(?<!\w){re.escape(piece)}(?!\w)", dump) is not None


def test_the_thank_you_page_names_every_kind_removed(client, post_feedback):
    response = post_feedback(
        {
            "good_text": "Jag heter Kalle och bor på Storgatan 12. Jag går på Nyskolan.",
            "better_text": "snap: kalle_12, 070-123 45 67",
        }
    )
    html = client.get(response["Location"]).content.decode()
    assert (
        "Vi tog bort telefonnummer, namn, adress, namn på skola, användarnamn innan svaret "
        "sparades" in html
    )
