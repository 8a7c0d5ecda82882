"""Municipalities: the default site's (made by a migration) and new ones, each on its own host."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from feedback.models import InternalIndexPage
from municipalities.models import Municipality
from municipalities.setup import create_municipality
from portal.security.roles import COUNTY_COORDINATORS

from .internal import internal_section
from .users import PASSWORD


def first_municipality():
    """The default site's municipality (municipalities migration 0002)."""
    return Municipality.objects.get(site__is_default_site=True)


_numbers = iter(range(1, 10_000))


def new_municipality(name=None):
    """A second municipality at ``kommun-N.localhost``, made as ``add_municipality`` makes it."""
    number = next(_numbers)
    return create_municipality(name or f"Kommun {number}", f"kommun-{number}.localhost")


def member(group, username=None):
    """A person in ``group`` (e.g. ``municipality.staff``)."""
    user = get_user_model().objects.create_user(
        username=username or f"{group.name}-{next(_numbers)}".replace(" ", "-").lower(),
        password=PASSWORD,
    )
    user.groups.add(group)
    return user


def county_coordinator():
    """A person in Länssamordnare (municipalities migration 0004)."""
    return member(Group.objects.get(name=COUNTY_COORDINATORS))


def section_of(municipality):
    """``municipality``'s internal section (a new municipality has one; the first gets one)."""
    section = InternalIndexPage.objects.child_of(municipality.site.root_page).first()
    if section is None:
        section = internal_section()
    return section


__all__ = [
    "county_coordinator",
    "first_municipality",
    "member",
    "new_municipality",
    "section_of",
]
