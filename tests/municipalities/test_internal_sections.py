"""Each municipality's internal section is its own: read by its Politiker and Handläggare,
edited and reviewed by its Handläggare, never by another municipality's."""

import pytest
from wagtail.models import GroupPagePermission, PageViewRestriction, WorkflowPage

from feedback.models import InternalIndexPage
from tests.factories import (
    PASSWORD,
    ImprovementFactory,
    ThemeFactory,
    YearlyReportPageFactory,
    internal_section,
)
from tests.factories.municipalities import first_municipality, member, new_municipality

pytestmark = pytest.mark.django_db


@pytest.fixture
def section():
    """A second municipality's internal section (made with it), titled for it."""
    second = new_municipality("Sundsvik")
    page = InternalIndexPage.objects.child_of(second.site.root_page).get()
    page.title = "Internt Sundsvik"
    page.save_revision().publish()
    return second, page


def test_the_section_is_private_to_its_own_municipality_s_groups(section):
    second, page = section
    restriction = PageViewRestriction.objects.get(page=page)
    assert set(restriction.groups.all()) == {second.staff, second.politicians}
    editors = {p.group for p in GroupPagePermission.objects.filter(page=page)}
    assert editors == {second.staff}
    task = WorkflowPage.objects.get(page=page).workflow.tasks.get().specific
    assert set(task.groups.all()) == {second.staff}


@pytest.mark.parametrize(
    "whose, role, can_read",
    [
        ("own", "politicians", True),
        ("own", "staff", True),
        ("other", "politicians", False),
        ("other", "staff", False),
    ],
)
def test_only_its_own_people_read_it(section, client, whose, role, can_read):
    second, page = section
    municipality = second if whose == "own" else first_municipality()
    user = member(getattr(municipality, role))
    client.login(username=user.username, password=PASSWORD)
    response = client.get(f"/{page.slug}/", HTTP_HOST=second.site.hostname)
    if can_read:
        assert response.status_code == 200
        assert "Internt Sundsvik" in response.content.decode()
    else:
        assert response.status_code in (302, 403, 404)
        assert "Internt Sundsvik" not in response.content.decode()


@pytest.fixture
def two_sections(section):
    """Both municipalities' sections, each with a report and a themed improvement of its own."""
    second, second_page = section
    first = first_municipality()
    first_page = internal_section()
    for municipality, page, interviews in ((first, first_page, 31), (second, second_page, 7)):
        YearlyReportPageFactory(parent=page, year=2150, interviews_held=interviews)
        ImprovementFactory(
            municipality=municipality,
            title=f"Förbättring i {municipality}",
            themes=[ThemeFactory(name=f"Tema bara i {municipality}")],
        )
    return first, second


@pytest.mark.parametrize("route", ["", "forbattringar/", "jamforelse/"])
def test_a_politician_reads_only_their_own_municipality_s_figures(two_sections, client, route):
    first, second = two_sections
    client.force_login(member(second.politicians))
    response = client.get(f"/internt/{route}", HTTP_HOST=second.site.hostname)
    assert response.status_code == 200
    text = response.content.decode()
    assert f"Förbättring i {first}" not in text
    assert f"Tema bara i {first}" not in text
    if route == "":
        assert f"Tema bara i {second}" in text
    if route == "forbattringar/":
        assert f"Förbättring i {second}" in text
    if route == "jamforelse/":
        assert ">7<" in text.replace(" ", "")
        # The other's own figure is not there; the county's sum is, in the county's column.
        assert ">31<" not in text.replace(" ", "")
        assert text.replace(" ", "").count(">38<") == 1
        assert '<td class="num county">38</td>' in text


def test_staff_add_a_report_to_their_own_section_not_to_another_s(section, client):
    second, page = section
    client.force_login(member(second.staff))
    own = client.get(f"/admin/pages/add/feedback/yearlyreportpage/{page.pk}/")
    assert own.status_code == 200 and 'name="year"' in own.content.decode()
    first = internal_section()
    other = client.get(f"/admin/pages/add/feedback/yearlyreportpage/{first.pk}/")
    assert other.status_code in (302, 403, 404)
    assert first.title not in other.content.decode()
