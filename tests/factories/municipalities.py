"""Municipalities: the default site's (made by a migration) and new ones, each on its own host."""

from django.contrib.auth import get_user_model

from municipalities.models import Municipality
from municipalities.setup import create_municipality

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


__all__ = ["first_municipality", "member", "new_municipality"]
