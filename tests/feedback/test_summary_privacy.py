"""The summary never lets a hidden count be worked out: a share (Ja-andel) or a mean is shown
only when no count of its distribution is hidden."""

import re
from datetime import date

import pytest

from feedback.answers.statistics import COMPLEMENT_LABEL, SUPPRESSED_LABEL, shown_distribution
from feedback.models import FeedbackResponse
from portal.security.roles import STAFF

pytestmark = pytest.mark.django_db

SUMMARY = "/admin/feedback/summary/"


@pytest.fixture
def staff_client(client, user_in_group):
    client.force_login(user_in_group(STAFF))
    return client


def answers(year, field, counts):
    for value, count in counts.items():
        for _n in range(count):
            FeedbackResponse.objects.create(date=date(year, 4, 6), **{field: value})


def year_cell(client, year, column):
    """The summary cell of a year (the "Per år" table) for the question in ``column``."""
    html = client.get(SUMMARY).content.decode()
    row = html[html.index(f'<th scope="row">{year}</th>') :].split("</tr>")[0]
    return re.findall(r"<td>(.*?)</td>", row, re.S)[1 + column]


def test_shown_distribution_is_complete_only_without_hidden_counts():
    assert shown_distribution({"Ja": 5, "Nej": 6, "Vet inte": 9}) == (
        [("Ja", 5), ("Nej", 6), ("Vet inte", 9)],
        True,
    )
    shown, complete = shown_distribution({"Ja": 10, "Nej": 6, "Vet inte": 2})
    assert shown == [("Ja", 10), ("Nej", COMPLEMENT_LABEL), ("Vet inte", SUPPRESSED_LABEL)]
    assert complete is False
    assert shown_distribution({"Ja": 12, "Nej": 0, "Vet inte": 7})[1] is False


def test_no_share_when_a_count_is_hidden(staff_client):
    # 10 Ja, 6 Nej, 2 Vet inte: with Ja's share of 18 answers, the hidden ones could be found.
    answers(2106, "information_yes_no", {"ja": 10, "nej": 6, "vet_inte": 2})
    cell = year_cell(staff_client, 2106, 0)
    assert "<li>Vet inte: färre än 5</li>" in cell
    assert "<li>Nej: dold så att ingen kan räknas fram</li>" in cell
    assert "<li>Ja: 10</li>" in cell
    assert "%" not in cell and "Andelar visas inte" in cell


def test_shares_when_every_count_is_shown(staff_client):
    answers(2107, "information_yes_no", {"ja": 10, "nej": 5, "vet_inte": 5})
    cell = year_cell(staff_client, 2107, 0)
    assert "<li>Ja: 10 (50 %)</li>" in cell
    assert "<li>Nej: 5 (25 %)</li>" in cell and "<li>Vet inte: 5 (25 %)</li>" in cell
    assert "Andelar visas inte" not in cell


def test_a_zero_count_is_hidden_and_withholds_the_share(staff_client):
    # Everyone said Ja: a share of 100 % would tell any child's answer.
    answers(2108, "availability_yes_no", {"ja": 12})
    cell = year_cell(staff_client, 2108, 4)
    assert "<li>Nej: färre än 5</li>" in cell and "<li>Vet inte: färre än 5</li>" in cell
    assert "%" not in cell


def test_no_mean_when_a_rating_count_is_hidden(staff_client):
    # 20 answers, but only 3 said "Mycket dåligt": the mean and the other counts would give it.
    answers(2109, "treatment", {1: 3, 2: 5, 3: 5, 4: 6, 5: 6})
    cell = year_cell(staff_client, 2109, 2)
    assert "Medel visas inte" in cell and "Medel:" not in cell
    assert "<li>Mycket dåligt: färre än 5</li>" in cell
    assert "<li>Dåligt: dold så att ingen kan räknas fram</li>" in cell


def test_mean_when_every_rating_count_is_shown(staff_client):
    answers(2110, "treatment", {1: 5, 2: 5, 3: 5, 4: 5, 5: 10})
    cell = year_cell(staff_client, 2110, 2)
    assert "<strong>Medel: 3,3</strong>" in cell  # 100 / 30
