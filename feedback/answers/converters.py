"""URL converters that keep out-of-range ids away from the database.

A plain ``<int:…>`` accepts any number of digits; an id past the database's 64-bit integer
range then makes SQLite or PostgreSQL raise an overflow (a 500). This one matches only ids
the database can hold, so any other number is simply a page that does not exist (404).
"""

from django.urls import register_converter

MAX_DATABASE_ID = 2**63 - 1


class DatabaseIdConverter:
    regex = "[0-9]{1,19}"

    def to_python(self, value):
        number = int(value)
        if not 0 < number <= MAX_DATABASE_ID:
            raise ValueError("outside the database's id range")  # the URL does not match
        return number

    def to_url(self, value):
        return str(value)


register_converter(DatabaseIdConverter, "dbid")
