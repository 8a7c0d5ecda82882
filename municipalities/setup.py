"""Add a municipality: its site and home page, its three groups, its settings.

Each group gets the model permissions of the role of its name (the role groups that the
migrations grant, portal.security.roles); the editors get page permissions on their own home
page only, never on the tree's root, so they edit no other municipality's pages.
"""

from django.contrib.auth.models import Group
from django.db import transaction
from wagtail.models import GroupPagePermission, Page, Site

from home.models import HomePage, SiteSettings
from municipalities.models import Municipality
from portal.security.roles import EDITORS, PAGE_EDIT_PERMISSIONS, POLITICIANS, STAFF


def role_group(role, name):
    group, _created = Group.objects.get_or_create(name=f"{role} {name}")
    group.permissions.set(Group.objects.get(name=role).permissions.all())
    return group


@transaction.atomic
def create_municipality(name, hostname, port=80):
    """Make municipality ``name`` served at ``hostname``; returns the Municipality."""
    home = HomePage(title=name, slug=f"start-{hostname.split('.')[0]}")
    Page.get_first_root_node().add_child(instance=home)
    home.save_revision().publish()
    site = Site.objects.create(hostname=hostname, port=port, site_name=name, root_page=home)
    municipality = Municipality.objects.create(
        site=site,
        editors=role_group(EDITORS, name),
        staff=role_group(STAFF, name),
        politicians=role_group(POLITICIANS, name),
    )
    for permission in GroupPagePermission.objects.filter(
        group__name=EDITORS, page__depth=1, permission__codename__in=PAGE_EDIT_PERMISSIONS
    ).select_related("permission"):
        GroupPagePermission.objects.get_or_create(
            group=municipality.editors, page=home, permission=permission.permission
        )
    settings = SiteSettings.for_site(site)
    settings.municipality_name = name
    settings.save()
    return municipality
