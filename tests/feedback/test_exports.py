"""The exports as a Handläggare opens them: downloaded over HTTP, read cell by cell.

CSV through the csv module with Swedish Excel's separator, XLSX through openpyxl.
"""

import csv
import io
from datetime import date

import pytest
from openpyxl import load_workbook

from feedback.models import FeedbackResponse, Improvement, ImprovementStatus, Theme
from portal.security.roles import STAFF
from tests.factories import ChildInfoPageFactory

pytestmark = pytest.mark.django_db

ANSWERS = "/admin/feedback/responses/"
IMPROVEMENTS = "/admin/feedback/improvements/"
EVIL = ['=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)", "\tdold", "\rdold"]
RAW_CODES = {"new", "True", "False", "13-18", "utredning", "proposed", "in_progress", "4"}
RAW_CODES |= {"ja", "nej", "vet_inte"}


@pytest.fixture
def staff_client(client, user_in_group):
    client.force_login(user_in_group(STAFF))
    return client


def download(client, url, export, **params):
    response = client.get(url, {**params, "export": export})
    assert response.status_code == 200, response.status_code
    return b"".join(response.streaming_content)


def read_csv(client, url, **params):
    body = download(client, url, "csv", **params)
    assert body.startswith(b"\xef\xbb\xbf")  # the UTF-8 byte order mark Excel looks for
    text = body.decode("utf-8-sig")
    assert ";" in text.splitlines()[0]
    return list(csv.DictReader(io.StringIO(text, newline=""), delimiter=";"))


def read_xlsx(client, url, **params):
    workbook = load_workbook(io.BytesIO(download(client, url, "xlsx", **params)))
    sheet = workbook.active
    rows = list(sheet.iter_rows(values_only=True))
    headings = rows[0]
    return sheet.title, [dict(zip(headings, row, strict=True)) for row in rows[1:]]


PERIOD = {"date_from": "2020-01-01", "date_to": "2020-01-31"}


@pytest.fixture
def answer(db):
    response = FeedbackResponse.objects.create(
        date=date(2020, 1, 2),
        age_band="13-18",
        contact_kind="utredning",
        information_yes_no="ja",
        participation_yes_no="vet_inte",
        change_yes_no="nej",
        information=4,  # an answer from before the yes/no questions, on the 1–5 scale
        treatment=1,
        flagged_danger=True,
        good_text="Första raden\x0bandra raden\x07",
        better_text='=HYPERLINK("http://x")',
    )
    response.themes.add(Theme.objects.get(name="Om delaktighet"))
    response.themes.add(Theme.objects.get(name="Om att bli intervjuad"))
    return response


def assert_reads_as_a_person_reads_it(row, answer):
    assert row["Nummer"] in (str(answer.pk), answer.pk)
    assert row["Teman"] == "Om att bli intervjuad, Om delaktighet"
    assert row["Ålder"] == "13–18 år"
    assert row["Typ av kontakt"] == "Utredning (vi tog reda på hur du har det)"
    assert row["Information"] == "Ja"
    assert row["Delaktighet"] == "Vet inte"
    assert row["Förändring"] == "Nej"
    assert row["Tillgänglighet"] in ("", None)
    assert row["Information (tidigare skala 1–5)"] == "Bra"
    assert row["Förändring (tidigare skala 1–5)"] in ("", None)
    assert row["Bemötande"] == "Mycket dåligt"
    assert row["Behöver uppmärksamhet"] == "Ja"
    assert row["Status"] == "Ny"
    assert row["Vad var bra?"] == "Första raden\nandra raden"
    assert row["Vad borde vi göra annorlunda?"] == '\'=HYPERLINK("http://x")'
    values = {str(value) for value in row.values() if value is not None}
    assert not values & RAW_CODES
    assert not [v for v in values if "None" in v or "feedback." in v]


def test_answers_csv_opens_in_columns_with_names_and_labels(staff_client, answer):
    rows = read_csv(staff_client, ANSWERS, **PERIOD)
    assert len(rows) == 1
    assert_reads_as_a_person_reads_it(rows[0], answer)
    assert rows[0]["Vecka (måndag)"] == "2019-12-30"  # the Monday of 2 January 2020


def test_answers_xlsx_has_a_swedish_sheet_and_survives_control_characters(staff_client, answer):
    title, rows = read_xlsx(staff_client, ANSWERS, **PERIOD)
    assert title == "Barnens svar"
    assert len(rows) == 1
    assert_reads_as_a_person_reads_it(rows[0], answer)
    assert rows[0]["Vecka (måndag)"] == date(2019, 12, 30)


def test_an_empty_answer_reads_as_empty_not_none(staff_client):
    FeedbackResponse.objects.create(date=date(2020, 1, 3))
    csv_row = read_csv(staff_client, ANSWERS, **PERIOD)[0]
    _title, xlsx_rows = read_xlsx(staff_client, ANSWERS, **PERIOD)
    for row in (csv_row, xlsx_rows[0]):
        assert row["Ålder"] in ("", None)
        assert row["Teman"] in ("", None)
        assert row["Information"] in ("", None)
        assert row["Information (tidigare skala 1–5)"] in ("", None)
        assert row["Behöver uppmärksamhet"] == "Nej"


@pytest.mark.parametrize("evil", EVIL)
def test_answers_export_guards_every_formula_start(staff_client, evil):
    FeedbackResponse.objects.create(date=date(2020, 1, 2), good_text=evil)
    csv_row = read_csv(staff_client, ANSWERS, **PERIOD)[0]
    _title, xlsx_rows = read_xlsx(staff_client, ANSWERS, **PERIOD)
    assert csv_row["Vad var bra?"] == "'" + evil
    # An XML reader turns a stored carriage return into a line feed; the apostrophe stays.
    assert xlsx_rows[0]["Vad var bra?"] == "'" + evil.replace("\r", "\n")


@pytest.fixture
def improvement(db):
    improvement = Improvement.objects.create(
        title='=HYPERLINK("http://x")',
        responsible="@Enhetschef",
        status=ImprovementStatus.IN_PROGRESS,
        show_to_children=True,
        planned_date=date(2031, 5, 1),
    )
    improvement.themes.add(Theme.objects.get(name="Om delaktighet"))
    return improvement


def test_improvements_export_has_labels_names_and_the_formula_guard(staff_client, improvement):
    csv_rows = {row["Nummer"]: row for row in read_csv(staff_client, IMPROVEMENTS)}
    title, xlsx_rows = read_xlsx(staff_client, IMPROVEMENTS)
    assert title == "Förbättringar"
    xlsx_by_pk = {str(row["Nummer"]): row for row in xlsx_rows}
    assert len(csv_rows) == len(xlsx_by_pk) == Improvement.objects.count()
    for row in (csv_rows[str(improvement.pk)], xlsx_by_pk[str(improvement.pk)]):
        assert row["Rubrik"] == '\'=HYPERLINK("http://x")'
        assert row["Ansvarig"] == "'@Enhetschef"
        assert row["Status"] == "Pågår"
        assert row["Teman"] == "Om delaktighet"
        assert row["Visa för barn"] == "Ja"
    assert csv_rows[str(improvement.pk)]["Planerat klart"] == "2031-05-01"
    for row in csv_rows.values():
        assert row["Status"] in set(ImprovementStatus.labels)
        assert row["Visa för barn"] in ("Ja", "Nej")
        assert not {row["Status"], row["Visa för barn"]} & RAW_CODES


def test_wagtails_own_reports_export_with_the_same_guard_and_dialect(admin_client):
    """Site history lists page titles an editor wrote; its export is cleaned the same way."""
    page = ChildInfoPageFactory(title="Orosanmälan")
    page.title = '=HYPERLINK("http://x")\x0b'
    page.save_revision(log_action=True)
    url = "/admin/reports/site-history/"
    rows = read_csv(admin_client, url)
    cells = [value for row in rows for value in row.values() if value]
    assert '\'=HYPERLINK("http://x")\n' in cells
    assert not [cell for cell in cells if cell.startswith(("=", "+", "@"))]
    from wagtail.admin.views.reports.audit_logging import LogEntriesView

    title, xlsx_rows = read_xlsx(admin_client, url)
    assert title == str(LogEntriesView.page_title) != "Sheet1"
    xlsx_cells = [value for row in xlsx_rows for value in row.values() if isinstance(value, str)]
    assert '\'=HYPERLINK("http://x")\n' in xlsx_cells
