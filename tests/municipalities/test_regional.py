"""The admin's regional view (Länets siffror): who sees it, its figures, its suppression, no
free text, and the same queries for 3 municipalities as for 10."""

import itertools

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import (
    EditorFactory,
    ImprovementFactory,
    PoliticianFactory,
    StaffFactory,
    ThemeFactory,
    YearlyReportPageFactory,
)
from tests.factories.municipalities import (
    county_coordinator,
    member,
    new_municipality,
    section_of,
)

from .county import answers
from .html_tables import column, tables

pytestmark = pytest.mark.django_db

URL = "/admin/lanet/"
HIDDEN = "färre än 5"
COVER = "dold så att ingen kan räknas fram"


# Who sees it


def test_a_coordinator_finds_it_in_the_menu_and_opens_it(client, county):
    client.force_login(county_coordinator())
    dashboard = client.get("/admin/")
    assert dashboard.status_code == 200
    assert URL in dashboard.content.decode()
    assert "Svar nummer" not in dashboard.content.decode()  # no answer on the dashboard either
    response = client.get(URL)
    assert response.status_code == 200
    assert "Länets siffror" in response.content.decode()


def test_a_superuser_opens_it(client, county, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("chef", "c@example.se", "x"))
    assert client.get(URL).status_code == 200


@pytest.mark.parametrize(
    "person",
    [
        lambda: StaffFactory(),
        lambda: EditorFactory(),
        lambda: member(new_municipality().staff),
        lambda: member(new_municipality().editors),
    ],
    ids=["Handläggare", "Redaktör", "another's Handläggare", "another's Redaktör"],
)
def test_staff_and_editors_get_no_menu_item_and_403(client, person):
    client.force_login(person())
    assert URL not in client.get("/admin/").content.decode()
    assert client.get(URL).status_code == 403


def test_a_politician_has_no_admin(client):
    client.force_login(PoliticianFactory())
    response = client.get(URL)
    assert response.status_code in (302, 403)
    assert "Länets siffror" not in response.content.decode()


def test_anonymous_visitors_are_sent_to_the_login(client):
    response = client.get(URL)
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_a_coordinator_sees_no_answer_report_or_internal_page(client, county):
    first, _norrby, _sodera = county
    client.force_login(county_coordinator())
    for url in (
        "/admin/snippets/feedback/feedbackresponse/",
        "/admin/feedback/summary/",
        "/admin/snippets/feedback/improvement/",
        f"/admin/pages/{section_of(first).pk}/",
    ):
        assert client.get(url).status_code in (302, 403, 404), url
    internal = client.get("/internt/2150/")
    assert internal.status_code in (302, 403)
    assert "Årsrapport" not in internal.content.decode()


# The figures


def test_answers_per_municipality_and_the_county(client, county):
    client.force_login(county_coordinator())
    table = tables(client.get(URL))["Barnens svar 2150"]
    assert column(table, "Svar") == {
        "Första": "15",
        "Norrby": COVER,
        "Söderå": HIDDEN,
        "Länet": "26",
    }
    assert column(table, "Bemötande, antal svar") == column(table, "Svar")
    # 8 × 4 + 7 × 3 = 53 over 15; the county: 53 + 8 × 5 + 3 × 1 = 96 over 26.
    assert column(table, "Bemötande, medel 1–5") == {
        "Första": "3,5",
        "Norrby": "–",
        "Söderå": "–",
        "Länet": "3,7",
    }


def test_a_share_is_hidden_when_the_hidden_ones_would_all_be_ja(client, county):
    """Norrby's and Söderå's 11 answers are all Ja: the county's 62 % less Första's 33 %
    would say so. Första's share is hidden too, and the county's still shown."""
    client.force_login(county_coordinator())
    table = tables(client.get(URL))["Barnens svar 2150"]
    assert column(table, "Information, andel ja") == {
        "Första": "–",
        "Norrby": "–",
        "Söderå": "–",
        "Länet": "62\u00a0%",
    }
    # Delaktighet: every answer Vet inte, so no share anywhere.
    assert set(column(table, "Delaktighet, andel ja").values()) == {"–"}


def test_interviews_from_the_yearly_reports(client, county):
    client.force_login(county_coordinator())
    table = tables(client.get(URL))["Genomförda intervjuer"]
    assert column(table, "2150") == {
        "Första": "12",
        "Norrby": COVER,
        "Söderå": HIDDEN,
        "Länet": "20",
    }


def test_improvements_by_status_and_by_theme(client, county):
    client.force_login(county_coordinator())
    found = tables(client.get(URL))
    by_status = found["Förbättringar per status"]
    assert column(by_status, "Föreslagen") == {
        "Första": "6",
        "Norrby": COVER,
        "Söderå": HIDDEN,
        "Länet": "12",
    }
    assert column(by_status, "Genomförd") == {
        "Första": HIDDEN,
        "Norrby": HIDDEN,
        "Söderå": HIDDEN,
        "Länet": HIDDEN,
    }
    by_theme = found["Förbättringar per tema och status, hela länet"]
    assert by_theme["Om delaktighet"] == ["6", HIDDEN, HIDDEN, HIDDEN, HIDDEN]


def test_a_hidden_count_cannot_be_worked_back(client, county):
    """Every column with the county's total: try every value the hidden cells could have
    ("färre än 5": 0–4; the other label: 5 or more) that adds up to the total less the shown
    cells. Each hidden cell keeps at least two possible values."""
    client.force_login(county_coordinator())
    found = tables(client.get(URL))
    checked = 0
    for caption, table in found.items():
        if "Länet" not in table:
            continue
        for heading in table["headings"]:
            cells = column(table, heading)
            total = cells.pop("Länet")
            if not total.isdigit() or "medel" in heading or "andel" in heading:
                continue
            hidden = [label for label, text in cells.items() if text in (HIDDEN, COVER)]
            rest = int(total) - sum(int(t) for t in cells.values() if t.isdigit())
            ranges = [
                range(5) if cells[label] == HIDDEN else range(5, rest + 1) for label in hidden
            ]
            possible = {label: set() for label in hidden}
            for values in itertools.product(*ranges):
                if sum(values) == rest:
                    for label, value in zip(hidden, values, strict=True):
                        possible[label].add(value)
            for label, values in possible.items():
                assert len(values) >= 2, (caption, heading, label, values)
                checked += 1
    assert checked >= 8


def test_no_free_text_appears(client, county):
    client.force_login(county_coordinator())
    text = client.get(URL).content.decode()
    assert "Svar nummer" not in text  # the answers' free text (the factory's)
    assert "Hemlig förbättring" not in text and "Genomförd i Norrby" not in text
    assert "Vad vi gör och varför" not in text and "Vi gör det bättre för barn" not in text
    assert "Årsrapport 2150" not in text


# Queries


def county_of(count):
    municipalities = [new_municipality() for _n in range(count)]
    for municipality in municipalities:
        answers(municipality, 6)
        YearlyReportPageFactory(parent=section_of(municipality), year=2150, interviews_held=7)
        ImprovementFactory(municipality=municipality, themes=[ThemeFactory(name="Om tema")])
    return municipalities


def test_the_same_queries_for_three_municipalities_as_for_ten(client):
    client.force_login(county_coordinator())
    county_of(3)
    client.get(URL)  # warm Wagtail's caches
    with CaptureQueriesContext(connection) as three:
        assert client.get(URL).status_code == 200
    county_of(7)
    with CaptureQueriesContext(connection) as ten:
        response = client.get(URL)
    assert response.status_code == 200
    assert column(tables(response)["Barnens svar 2150"], "Svar")["Länet"] == "60"
    assert len(ten) == len(three)
