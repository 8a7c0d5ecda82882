"""Politicians: the site's own login, the overview, the comparison across years, printing."""

import re
from datetime import date

import pytest

from feedback.models import Improvement, ImprovementStatus
from tests.factories import (
    PASSWORD,
    FeedbackResponseFactory,
    ImprovementFactory,
    YearlyReportPageFactory,
    internal_section,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def section(db):
    """The internal section at /internt/, where the politicians' pages are."""
    section = internal_section()
    assert section.url == "/internt/"
    return section


@pytest.fixture
def report(db):
    return YearlyReportPageFactory()


def test_login_page_in_the_sites_own_style(client, report):
    html = client.get(f"/logga-in/?next={report.url}").content.decode()
    assert 'class="quick-exit' in html and 'id="hjalp-nu"' in html
    assert 'autocomplete="current-password"' in html
    assert f'value="{report.url}"' in html
    assert "wagtailadmin" not in html


def test_login_takes_the_politician_to_the_report(client, user_in_group, report):
    user = user_in_group("Politiker", username="ledamot")
    response = client.post(
        "/logga-in/", {"username": "ledamot", "password": PASSWORD, "next": report.url}
    )
    assert response.status_code == 302 and response["Location"] == report.url
    assert client.get(report.url).status_code == 200
    assert client.session["_auth_user_id"] == str(user.pk)


def test_wrong_password_is_explained_in_swedish_and_keeps_the_username(client, user_in_group):
    user_in_group("Politiker", username="ledamot")
    response = client.post("/logga-in/", {"username": "ledamot", "password": "fel"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Det gick inte att logga in" in html
    assert 'value="ledamot"' in html


def test_logged_in_without_the_right_group_is_told_so(client, user_in_group):
    client.force_login(user_in_group("Redaktörer", username="redaktor1"))
    response = client.get("/internt/", follow=True)
    assert "Du är inloggad som redaktor1, men har inte behörighet" in response.content.decode()


def test_overview_counts_improvements_by_status(client, user_in_group):
    for n, status in enumerate(ImprovementStatus):
        for _ in range(n + 1):
            ImprovementFactory(history=[(status, date(2019, 1, 1))])
    reports = YearlyReportPageFactory.create_batch(2)
    client.force_login(user_in_group("Politiker"))
    html = client.get("/internt/").content.decode()
    for n, status in enumerate(ImprovementStatus):
        count = Improvement.objects.filter(status=status).count()
        assert count > n  # at least the ones made above, a different number for each
        assert re.search(
            rf"<th scope=\"row\">{status.label}</th><td class=\"num\">{count}</td>", html
        )
    for report in reports:
        assert report.title in html


def test_comparison_hides_years_with_few_answers(client, user_in_group):
    report = YearlyReportPageFactory(interviews_held=17, interviews_planned=20)
    FeedbackResponseFactory.create_batch(3, date=date(2019, 5, 1), information=1, treatment=5)
    client.force_login(user_in_group("Politiker"))
    html = client.get("/internt/jamforelse/").content.decode()
    row = re.search(r"<th scope=\"row\">2019</th>(.*?)</tr>", html, re.S).group(1)
    assert "färre än 5" in row
    assert "1,0" not in row and "5,0" not in row and "1.0" not in row
    year = re.search(rf"<th scope=\"row\">{report.year}</th>(.*?)</tr>", html, re.S).group(1)
    assert "17" in year  # interviews held


def comparison_row(html, year, caption="comparison-caption"):
    table = html[html.index(f'id="{caption}"') :]
    return re.search(rf"<th scope=\"row\">{year}</th>(.*?)</tr>", table, re.S).group(1)


def test_comparison_shows_the_share_of_ja_only_when_no_count_is_hidden(client, user_in_group):
    # 2111: 10 Ja, 5 Nej, 5 Vet inte to "Fick du veta…"; 12 Ja and 2 Nej to "Fick du säga…".
    for answer, count in (("ja", 10), ("nej", 5), ("vet_inte", 5)):
        FeedbackResponseFactory.create_batch(
            count,
            date=date(2111, 3, 1),
            information_yes_no=answer,
            participation_yes_no=None,
            treatment=None,
        )
    FeedbackResponseFactory.create_batch(
        12, date=date(2112, 3, 1), information_yes_no="ja", participation_yes_no=None
    )
    FeedbackResponseFactory.create_batch(
        3, date=date(2112, 3, 1), information=2, information_yes_no=None, participation_yes_no=None
    )
    client.force_login(user_in_group("Politiker"))
    html = client.get("/internt/jamforelse/").content.decode()
    assert "Information, andel ja" in html and "Bemötande, medel 1–5" in html
    cells = re.findall(r'<td class="num">([^<]*)</td>', comparison_row(html, 2111))
    # interviews, answers, information, participation, treatment, change, availability, done
    assert cells[1:4] == ["20", "50\u00a0%", "–"]
    cells = re.findall(r'<td class="num">([^<]*)</td>', comparison_row(html, 2112))
    assert cells[2] == "–"  # 12 Ja and no Nej: a share would tell every child's answer
    assert "100" not in comparison_row(html, 2112)
    # The earlier 1–5 answers of 2112 stand apart, too few for a mean.
    earlier = comparison_row(html, 2112, "earlier-caption")
    assert re.findall(r'<td class="num">([^<]*)</td>', earlier) == ["–"] * 4


def test_internal_pages_print_well_without_inline_script(client, user_in_group, report):
    client.force_login(user_in_group("Politiker"))
    section = report.get_parent().url
    for url in (section, report.url, f"{section}forbattringar/", f"{section}jamforelse/"):
        html = client.get(url).content.decode()
        assert 'href="/static/css/print.css" media="print"' in html
        assert "data-print" in html
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html)
        assert '<meta name="robots" content="noindex, nofollow">' in html


def test_logout_ends_the_session(client, user_in_group):
    client.force_login(user_in_group("Politiker"))
    client.post("/logga-ut/")
    assert client.get("/internt/").status_code == 302


def test_site_login_locks_a_guessed_user_name(client, user_in_group, settings):
    user_in_group("Politiker", username="ledamot")
    for _ in range(settings.LOGIN_FAILURE_LIMIT):
        client.post("/logga-in/", {"username": "ledamot", "password": "gissning"})
    right = client.post("/logga-in/", {"username": "ledamot", "password": PASSWORD})
    assert right.status_code == 200
    assert "Det gick inte att logga in" in right.content.decode()
    assert "För många misslyckade inloggningar" in right.content.decode()
    assert client.get("/internt/").status_code == 302


def test_improvements_are_grouped_in_the_order_of_the_process(client, user_in_group):
    for status in reversed(ImprovementStatus):
        ImprovementFactory(history=[(status, date(2019, 1, 1))])
    client.force_login(user_in_group("Politiker"))
    html = client.get("/internt/forbattringar/").content.decode()
    headings = re.findall(r"<h2>(.+?) \(\d+\)</h2>", html)
    order = [status.label for status in ImprovementStatus]
    assert headings == [label for label in order if label in headings]
    assert len(headings) == 5
