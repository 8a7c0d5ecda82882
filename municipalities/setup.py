"""Add a municipality: its site and page tree, its three groups, its collection, its settings.

Each group gets the model permissions of the role of its name (the role groups that the
migrations grant, portal.security.roles); the editors get page permissions on their own home
page only, never on the tree's root, so they edit no other municipality's pages, and image and
document permissions on the municipality's own collection.

The page tree starts with what every municipality has: the feedback form ("Tyck till"),
"Ni sa – vi gjorde" and the internal section, which is private to the municipality's
Handläggare and Politiker from its first save (feedback.access.ensure_private).
"""

from django.contrib.auth.models import Group
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Site,
)

from feedback.models import FeedbackPage, InternalIndexPage, WhatHappenedPage
from home.models import HomePage, SiteSettings
from municipalities.models import Municipality
from municipalities.roles import ROLE_FIELDS
from portal.security.roles import EDITORS, PAGE_EDIT_PERMISSIONS, POLITICIANS, STAFF


def home_slug(hostname):
    """The home page's slug: unique among the tree's home pages, from the host's first part."""
    return f"start-{hostname.split('.')[0]}"


def group_name(role, name):
    """A municipality's group of a role: "Handläggare Sundsvik"."""
    return f"{role} {name}"


def role_group(role, name):
    group, _created = Group.objects.get_or_create(name=group_name(role, name))
    group.permissions.set(Group.objects.get(name=role).permissions.all())
    return group


def rename_groups(municipality, old_name, new_name):
    """ "Handläggare Norrby" becomes "Handläggare Söderby"; the role groups themselves (the
    first municipality's, named for the role alone) keep their names."""
    for (role, _field), group in zip(ROLE_FIELDS, municipality.groups(), strict=True):
        if group.name == group_name(role, old_name):
            group.name = group_name(role, new_name)
            group.save()


def starting_pages():
    """The pages every municipality's home page starts with, unpublished copies each time."""
    return [
        FeedbackPage(title=_("Tyck till"), slug="tyck-till"),
        WhatHappenedPage(title=_("Ni sa – vi gjorde"), slug="ni-sa-vi-gjorde"),
        InternalIndexPage(
            title=_("Barnens röst i utvecklingsarbetet"), slug="internt", show_in_menus=False
        ),
    ]


@transaction.atomic
def create_municipality(name, hostname, port=80):
    """Make municipality ``name`` served at ``hostname``; returns the Municipality."""
    home = HomePage(title=name, slug=home_slug(hostname))
    Page.get_first_root_node().add_child(instance=home)
    home.save_revision().publish()
    site = Site.objects.create(hostname=hostname, port=port, site_name=name, root_page=home)
    municipality = Municipality.objects.create(
        site=site,
        editors=role_group(EDITORS, name),
        staff=role_group(STAFF, name),
        politicians=role_group(POLITICIANS, name),
    )
    copy_role_permissions(municipality.editors, home, name)
    settings = SiteSettings.for_site(site)
    settings.municipality_name = name
    settings.save()
    for page in starting_pages():
        home.add_child(instance=page)
        page.save_revision().publish()
    return municipality


def copy_role_permissions(editors, home, name):
    """The Redaktörer role's page permissions, on ``home``; its image and document
    permissions, on a new collection named for the municipality."""
    for permission in GroupPagePermission.objects.filter(
        group__name=EDITORS, page__depth=1, permission__codename__in=PAGE_EDIT_PERMISSIONS
    ).select_related("permission"):
        GroupPagePermission.objects.get_or_create(
            group=editors, page=home, permission=permission.permission
        )
    collection = Collection.get_first_root_node().add_child(name=name)
    for permission in GroupCollectionPermission.objects.filter(
        group__name=EDITORS, collection__depth=1
    ).select_related("permission"):
        GroupCollectionPermission.objects.get_or_create(
            group=editors, collection=collection, permission=permission.permission
        )
