"""The roles exist with the intended permissions, and behave so through real requests."""

import pytest
from django.contrib.auth.models import Group

from portal.security.roles import (
    ALL_GROUPS,
    COUNTY_ADMINS,
    COUNTY_COORDINATORS,
    EDITORS,
    POLITICIANS,
    STAFF,
)
from tests.factories import EditorFactory, StaffFactory, UserFactory, home_page


def test_exactly_the_roles_exist(db):
    assert set(Group.objects.values_list("name", flat=True)) == set(ALL_GROUPS)
    assert set(ALL_GROUPS) == {EDITORS, STAFF, POLITICIANS, COUNTY_ADMINS, COUNTY_COORDINATORS}


def test_county_coordinators_read_the_county_s_figures_only(db):
    granted = set(
        Group.objects.get(name=COUNTY_COORDINATORS).permissions.values_list(
            "content_type__app_label", "codename"
        )
    )
    assert granted == {
        ("wagtailadmin", "access_admin"),
        ("municipalities", "view_county_figures"),
    }


def test_county_administrators_manage_municipalities_only(db):
    granted = set(
        Group.objects.get(name=COUNTY_ADMINS).permissions.values_list(
            "content_type__app_label", "codename"
        )
    )
    assert granted == {
        ("wagtailadmin", "access_admin"),
        ("municipalities", "add_municipality"),
        ("municipalities", "change_municipality"),
        ("municipalities", "view_municipality"),
    }


def test_editors_edit_public_pages(db, client):
    editor = EditorFactory()
    home = home_page()
    perms = home.permissions_for_user(editor)
    assert perms.can_edit() and perms.can_publish()
    client.force_login(editor)
    assert client.get(f"/admin/pages/{home.pk}/edit/").status_code == 200


def test_staff_use_the_admin_but_do_not_edit_public_pages(db, client):
    staff = StaffFactory()
    home = home_page()
    assert not home.permissions_for_user(staff).can_edit()
    client.force_login(staff)
    assert client.get("/admin/").status_code == 200
    assert client.get(f"/admin/pages/{home.pk}/edit/").status_code in (302, 403)


@pytest.mark.parametrize("group_name", [POLITICIANS, None])
def test_politicians_and_others_have_no_admin(db, client, group_name):
    user = UserFactory(in_group=group_name or False)
    assert not user.has_perm("wagtailadmin.access_admin")
    client.force_login(user)
    response = client.get("/admin/")
    assert response.status_code in (302, 403)
    assert Group.objects.get(name=POLITICIANS).permissions.count() == 0
