"""Spreadsheet exports (CSV and XLSX) as a person in a Swedish office reads them.

``SwedishExportMixin`` goes before Wagtail's ``IndexView`` in a listing's view class (a
viewset's ``custom_field_preprocess`` never reaches the view, so nothing is configured there)
and gives its rows the labels a person reads: a choice's Swedish label (status, age band, kind
of contact, ratings), "Ja"/"Nej" for a yes/no field, the names of a many-to-many field (themes).

``install`` (run once from ``FeedbackConfig.ready``) puts the rest into Wagtail's
``SpreadsheetExportMixin`` itself, so every export of the admin has it, Wagtail's own reports
(site history, aging and locked pages, workflows) and the redirects included:

- text cleaned in one place: control characters that XLSX cannot hold (Word's line break
  ``\\x0b`` and the like) become a line break or go, and a cell that a spreadsheet would run
  as a formula (starting with = + - @, a tab or a carriage return) gets a leading apostrophe;
- a sheet named ``sheet_title`` (or the report's title) instead of "Sheet1";
- a CSV that Swedish Excel opens in columns: a UTF-8 byte order mark and ``;`` between cells.
"""

import csv
import re

from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils.translation import gettext as _
from wagtail.admin.views.mixins import Echo, ExcelDateFormatter, SpreadsheetExportMixin
from wagtail.coreutils import multigetattr

# A spreadsheet cell starting with one of these can run as a formula (CSV injection).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
# What XLSX (XML 1.0) cannot hold; tab, line feed and carriage return stay.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Word's manual line break and the page break read as a new line.
LINE_BREAKS = {"\x0b", "\x0c"}
CSV_DELIMITER = ";"
BYTE_ORDER_MARK = "\ufeff"
MAX_SHEET_TITLE = 31  # Excel's limit


def neutralise_formula(value):
    """Prefix a text cell that a spreadsheet would read as a formula with an apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def strip_control_characters(value):
    if isinstance(value, str):
        return CONTROL_CHARACTERS.sub(
            lambda match: "\n" if match.group() in LINE_BREAKS else "", value
        )
    return value


def clean_cell(value):
    return neutralise_formula(strip_control_characters(value))


def readable_value(item, name):
    """The value of ``name`` on ``item`` as a person reads it (labels, Ja/Nej, names)."""
    try:
        field = item._meta.get_field(name)
    except FieldDoesNotExist:
        return multigetattr(item, name)
    if field.many_to_many:
        return ", ".join(sorted(str(related) for related in getattr(item, name).all()))
    if field.choices:
        return getattr(item, f"get_{name}_display")()
    if isinstance(field, models.BooleanField):
        value = getattr(item, name)
        return None if value is None else (_("Ja") if value else _("Nej"))
    return multigetattr(item, name)


class SwedishExportMixin:
    """Mix into a Wagtail ``IndexView`` (before it); set ``sheet_title``. The cells, the CSV
    dialect and the sheet name come from ``install`` (every export has them)."""

    sheet_title = ""

    def to_row_dict(self, item):
        return {name: readable_value(item, name) for name in self.list_export}


def sheet_title(view):
    title = getattr(view, "sheet_title", "") or getattr(view, "page_title", "") or _("Export")
    return re.sub(r"[\\/*?:\[\]]", "", str(title))[:MAX_SHEET_TITLE]


def stream_csv(self, queryset):
    writer = csv.DictWriter(Echo(), fieldnames=self.list_export, delimiter=CSV_DELIMITER)
    headings = {field: self.get_heading(queryset, field) for field in self.list_export}
    yield BYTE_ORDER_MARK.encode() + writer.writerow(headings)
    for item in queryset:
        yield self.write_csv_row(writer, self.to_row_dict(item))


def write_xlsx(self, queryset, output):
    # Wagtail's own, but for the sheet's name, which it fixes to "Sheet1".
    from openpyxl import Workbook

    workbook = Workbook(write_only=True, iso_dates=True)
    worksheet = workbook.create_sheet(title=sheet_title(self))
    worksheet.append(self.get_heading(queryset, field) for field in self.list_export)
    date_format = ExcelDateFormatter().get()
    for item in queryset:
        worksheet.append(
            self.generate_xlsx_row(worksheet, self.to_row_dict(item), date_format=date_format)
        )
    workbook.save(output)


def install():
    """Give every spreadsheet export of the admin (ours, Wagtail's reports and redirects) the
    clean cells, the Swedish Excel CSV and a named sheet: in Wagtail's one export mixin."""
    mixin = SpreadsheetExportMixin
    if getattr(mixin, "_portal_exports", False):
        return
    preprocess, heading, csv_response = (
        mixin.preprocess_field_value,
        mixin.get_heading,
        mixin.write_csv_response,
    )

    def preprocess_field_value(self, field, value, export_format):
        return clean_cell(preprocess(self, field, value, export_format))

    def get_heading(self, queryset, field):
        return strip_control_characters(heading(self, queryset, field))

    def write_csv_response(self, queryset):
        response = csv_response(self, queryset)
        response["Content-Type"] = "text/csv; charset=utf-8"
        return response

    mixin.preprocess_field_value = preprocess_field_value
    mixin.get_heading = get_heading
    mixin.write_csv_response = write_csv_response
    mixin.stream_csv = stream_csv
    mixin.write_xlsx = write_xlsx
    mixin._portal_exports = True
