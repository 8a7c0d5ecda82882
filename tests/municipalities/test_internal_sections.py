"""Each municipality's internal section is its own: read by its Politiker and Handläggare,
edited and reviewed by its Handläggare, never by another municipality's."""

import pytest
from wagtail.models import GroupPagePermission, PageViewRestriction, WorkflowPage

from tests.factories import PASSWORD, InternalIndexPageFactory
from tests.factories.municipalities import first_municipality, member, new_municipality

pytestmark = pytest.mark.django_db


@pytest.fixture
def section():
    second = new_municipality("Sundsvik")
    return second, InternalIndexPageFactory(parent=second.site.root_page, title="Internt Sundsvik")


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
