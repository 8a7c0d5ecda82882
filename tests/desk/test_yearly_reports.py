"""Yearly reports under "Utvecklingsarbete", and a new report's address is its year."""

from types import SimpleNamespace

import pytest
from django.urls import reverse

from feedback.models import YearlyReportPage
from portal.security.roles import EDITORS, STAFF
from tests.factories import YearlyReportPageFactory, internal_section
from tests.internal.test_yearly_report import edit_data

from .visible_text import visible_text

pytestmark = pytest.mark.django_db

REPORTS = "/admin/feedback/reports/"


def add_url():
    section = internal_section()
    return reverse("wagtailadmin_pages:add", args=["feedback", "yearlyreportpage", section.pk])


def test_staff_find_the_reports_in_the_menu_with_a_labelled_add_button(client, user_in_group):
    YearlyReportPageFactory()
    YearlyReportPageFactory(publish=False)
    client.force_login(user_in_group(STAFF))
    dashboard = client.get("/admin/").content.decode()
    assert REPORTS in dashboard  # the sidebar menu, under Utvecklingsarbete
    response = client.get(REPORTS)
    assert response.status_code == 200
    html = response.content.decode()
    text = visible_text(html)
    for report in YearlyReportPage.objects.all():
        assert report.title in text
        assert f'href="{reverse("wagtailadmin_pages:edit", args=[report.pk])}"' in html
    assert f'href="{add_url()}"' in html and "Lägg till årsrapport" in text


def test_editors_neither_see_nor_open_the_reports(client, user_in_group):
    report = YearlyReportPageFactory()
    client.force_login(user_in_group(EDITORS))
    assert REPORTS not in client.get("/admin/").content.decode()
    response = client.get(REPORTS, follow=True)
    assert response.redirect_chain or response.status_code == 403
    assert report.title not in response.content.decode()


def new_report_form(year, title, slug, unit=""):
    report = SimpleNamespace(title=title, slug=slug, year=year)
    return edit_data(report, [("Bra att få vara med.", True)], "action-draft", unit=unit)


def test_a_report_added_in_the_admin_gets_the_year_as_its_slug(client, user_in_group):
    client.force_login(user_in_group(STAFF))
    # The admin's script fills in the slug from the title, as it did for arsrapport-2026.
    response = client.post(add_url(), new_report_form(2026, "Årsrapport 2026", "arsrapport-2026"))
    assert response.status_code == 302, visible_text(response.content.decode())[-2000:]
    report = YearlyReportPage.objects.get(year=2026)
    assert report.slug == "2026"
    assert report.url.endswith("/2026/")

    with_unit = client.post(
        add_url(), new_report_form(2026, "Årsrapport 2026 Västra", "x", unit="Västra")
    )
    assert with_unit.status_code == 302
    assert YearlyReportPage.objects.get(year=2026, unit="Västra").slug == "2026-vastra"


def test_a_second_report_for_the_same_year_is_refused_in_swedish(client, user_in_group):
    client.force_login(user_in_group(STAFF))
    year = YearlyReportPageFactory().year
    response = client.post(add_url(), new_report_form(year, f"Årsrapport {year} igen", "ny"))
    assert response.status_code == 200
    assert f"Det finns redan en årsrapport för {year}." in visible_text(response.content.decode())
    assert YearlyReportPage.objects.filter(year=year).count() == 1
