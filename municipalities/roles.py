"""A person's roles: the portal's three (portal.security.roles) held through any
municipality's group of that role, or through the group of that name itself."""

from municipalities.models import Municipality
from portal.security.roles import EDITORS, POLITICIANS, STAFF

ROLE_FIELDS = ((EDITORS, "editors_id"), (STAFF, "staff_id"), (POLITICIANS, "politicians_id"))
ROLES = frozenset(role for role, _field in ROLE_FIELDS)


def role_names(user):
    """The names of ``user``'s groups and of the roles those groups give."""
    groups = dict(user.groups.values_list("pk", "name"))
    names = set(groups.values())
    if names <= ROLES:
        # Only the role groups themselves (the first municipality's): no other group to ask.
        return names
    ids = set(groups)
    for row in Municipality.of_groups(ids).values(*(f for _r, f in ROLE_FIELDS)):
        names.update(role for role, field in ROLE_FIELDS if row[field] in ids)
    return names
