"""Keep the stored order of answers from following the order they came in.

SQLite stores the answer tables (answers, extra answers, theme links) by their random id,
the rowid, so nothing is needed there. PostgreSQL appends each new row at the end of the
table's heap, so a dump (``SELECT *`` or ``pg_dump``) lists the newest rows in the order they
came. ``scatter`` rewrites the tables in id order with ``CLUSTER``, which also drops old row
versions. ``purge_feedback_text`` runs it nightly.
"""

from django.db import connections

from feedback.models import ExtraAnswer, FeedbackResponse, ResponseTheme


def primary_key_index(connection, cursor, table):
    constraints = connection.introspection.get_constraints(cursor, table)
    return next(name for name, info in constraints.items() if info["primary_key"])


def scatter(using="default"):
    """Rewrite the answer tables in random-id order; True when that was needed (PostgreSQL)."""
    connection = connections[using]
    if connection.vendor != "postgresql":
        return False
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        # Inside a transaction that wrote answers, check their deferred foreign keys now:
        # CLUSTER refuses a table with pending checks.
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        for model in (FeedbackResponse, ExtraAnswer, ResponseTheme):
            table = model._meta.db_table
            index = primary_key_index(connection, cursor, table)
            cursor.execute(f"CLUSTER {quote(table)} USING {quote(index)}")
    return True
