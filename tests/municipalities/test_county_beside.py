"""The politicians' comparison page: "vår kommun" beside "länet", the county's figure as the
regional view suppresses it, and hidden where it and our own figure would give the other
municipalities' small groups away."""

import pytest
from bs4 import BeautifulSoup

from tests.factories.municipalities import (
    first_municipality,
    member,
    new_municipality,
    section_of,
)

from .county import answers

pytestmark = pytest.mark.django_db

HIDDEN = "färre än 5"
COVER = "dold så att ingen kan räknas fram"
MEASURES = ["Intervjuer", "Svar på webben", "Information", "Delaktighet", "Bemötande"]


def year_row(client, municipality, year="2150"):
    """{measure: (vår kommun, länet)} of the year's row on the comparison page."""
    client.force_login(member(municipality.politicians))
    response = client.get("/internt/jamforelse/", HTTP_HOST=municipality.site.hostname)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    sub_headings = [th.get_text(strip=True) for th in soup.select("thead tr")[1].find_all("th")]
    assert sub_headings[:2] == ["vår kommun", "länet"]
    row = next(tr for tr in soup.select("tbody tr") if tr.th.get_text(strip=True) == year)
    cells = [td.get_text(strip=True) for td in row.find_all("td")]
    return {measure: (cells[2 * n], cells[2 * n + 1]) for n, measure in enumerate(MEASURES)}


def test_a_small_municipality_sees_the_county_beside_its_hidden_figure(client, county):
    _first, _norrby, sodera = county
    row = year_row(client, sodera)
    assert row["Svar på webben"] == (HIDDEN, "26")
    assert row["Bemötande"] == ("–", "3,7")
    # Första and Norrby: 13 Ja, 5 Nej, 5 Vet inte, so the county's share says nothing small.
    assert row["Information"] == ("–", "62\u00a0%")
    assert row["Intervjuer"] == ("2", "20")


def test_the_county_s_share_is_hidden_where_our_own_would_give_the_rest_away(client, county):
    """Första's 33 % beside the county's 62 % would say that every other answer was Ja."""
    first, _norrby, _sodera = county
    row = year_row(client, first)
    assert row["Svar på webben"] == ("15", "26")
    assert row["Information"] == ("33\u00a0%", "–")
    assert row["Bemötande"] == ("3,5", "3,7")


def test_a_county_of_two_does_not_give_the_small_neighbour_away(client):
    first = first_municipality()
    section_of(first)
    small = new_municipality("Lillby")
    answers(first, 15, information_yes_no="ja", treatment=4)
    answers(small, 3, information_yes_no="ja", treatment=2)
    row = year_row(client, first)
    # The county's 18 less our 15 would be Lillby's 3.
    assert row["Svar på webben"] == ("15", COVER)
    assert row["Bemötande"] == ("4,0", "–")
    # Lillby's own politicians see the county's 18: less their hidden 3, it is Första's 15,
    # which is no small group.
    assert year_row(client, small)["Svar på webben"] == (HIDDEN, "18")
