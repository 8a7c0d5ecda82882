"""Primary keys that say nothing about when a row was written.

Sequential ids put the answers of one week in the order they came, which lets someone who
knows when a child answered find that child's answer. These ids are drawn at random instead.

They are below 2**53 so that JavaScript (the Wagtail admin's choosers and bulk actions) reads
them exactly. On SQLite the column is ``integer primary key``, i.e. the rowid itself: the
table is stored in id order, so even a ``SELECT *`` without ``ORDER BY`` comes out shuffled
(a ``bigint`` key would keep a hidden sequential rowid beside it). On PostgreSQL a new row
still lands at the end of the heap; ``feedback.answers.storage_order.scatter`` rewrites the tables
in id order (run nightly by ``purge_feedback_text``).
"""

import secrets

from django.db import models

RANDOM_ID_LIMIT = 2**53


def random_id():
    return secrets.randbelow(RANDOM_ID_LIMIT - 1) + 1


class RandomIdField(models.BigIntegerField):
    """A random primary key; on SQLite an alias of the rowid."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("primary_key", True)
        kwargs.setdefault("default", random_id)
        kwargs.setdefault("editable", False)
        kwargs.setdefault("verbose_name", "ID")
        super().__init__(*args, **kwargs)

    def db_type(self, connection):
        if connection.vendor == "sqlite":
            return "integer"
        return super().db_type(connection)
