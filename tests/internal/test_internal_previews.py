"""Previews of the internal page types render for Handläggare only.

Previewing a new, unsaved internal start page rendered the politicians' improvement counts
to any Redaktör who could add a page somewhere. The admin guard refuses the URL; the page
types refuse the preview themselves too, so the lock holds even without that guard.
"""

import pytest
from django.test import override_settings
from wagtail.test.utils.form_data import nested_form_data, rich_text

from tests.factories import HomePageFactory, internal_section

pytestmark = pytest.mark.django_db

COUNTS_CAPTION = "Förbättringar per status"
GUARD = "feedback.internal.admin_guard.InternalSectionAdminGuard"


def start_page_form():
    return nested_form_data(
        {
            "title": "Förhandsvisad intern startsida",
            "slug": "forhandsvisad",
            "intro": rich_text(""),
            "comments": {"TOTAL_FORMS": 0, "INITIAL_FORMS": 0},
        }
    )


def preview_new_start_page(client):
    home = HomePageFactory()  # a home page without an internal section yet
    url = f"/admin/pages/add/feedback/internalindexpage/{home.pk}/preview/"
    posted = client.post(url, start_page_form())
    return posted, client.get(url)


def test_a_superuser_previews_a_new_internal_start_page_with_its_counts(
    db, client, django_user_model
):
    client.force_login(django_user_model.objects.create_superuser("chef", password="x" * 16))
    posted, shown = preview_new_start_page(client)
    assert posted.json()["is_valid"] is True
    assert shown.status_code == 200
    assert COUNTS_CAPTION in shown.content.decode()


@pytest.mark.parametrize("without_guard", [False, True])
def test_an_editor_cannot_preview_a_new_internal_start_page(
    client, editor, settings, without_guard
):
    middleware = [name for name in settings.MIDDLEWARE if not (without_guard and name == GUARD)]
    with override_settings(MIDDLEWARE=middleware):
        client.force_login(editor)
        posted, shown = preview_new_start_page(client)
    assert shown.status_code == 404
    assert COUNTS_CAPTION not in shown.content.decode()
    if not without_guard:
        assert posted.status_code == 404


def test_staff_preview_their_section_but_editors_do_not(client, editor, staff):
    internal_index = internal_section()
    url = f"/admin/pages/{internal_index.pk}/edit/preview/"
    form = start_page_form()
    form["slug"] = internal_index.slug
    client.force_login(staff)
    assert client.post(url, form).json()["is_valid"] is True
    shown = client.get(url)
    assert shown.status_code == 200 and COUNTS_CAPTION in shown.content.decode()
    client.force_login(editor)
    for response in (client.post(url, form), client.get(url)):
        assert response.status_code in (302, 403, 404)
        assert COUNTS_CAPTION not in response.content.decode()
