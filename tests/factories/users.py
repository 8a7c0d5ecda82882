"""People: a user with a password, and one factory per portal group (home/roles.py)."""

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from factory.django import DjangoModelFactory

from portal.security.roles import EDITORS, POLITICIANS, STAFF

PASSWORD = "x" * 16  # long enough for AUTH_PASSWORD_VALIDATORS; tests hash with MD5


class UserFactory(DjangoModelFactory):
    """A user in no group; the subclasses put theirs in one group (made by a migration)."""

    _group = None  # not a declaration (underscore): the group name the subclass stands for

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"person-{n}")
    password = factory.django.Password(PASSWORD)

    @factory.post_generation
    def in_group(user, create, extracted, **kwargs):
        """``in_group="Politiker"`` overrides the factory's own group; ``False``: none."""
        name = extracted if extracted is not None else user._factory_group
        if create and name:
            user.groups.add(Group.objects.get(name=name))

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        user = super()._create(model_class, *args, **kwargs)
        user._factory_group = cls._group
        return user


class EditorFactory(UserFactory):
    _group = EDITORS
    username = factory.Sequence(lambda n: f"redaktor-{n}")


class StaffFactory(UserFactory):
    _group = STAFF
    username = factory.Sequence(lambda n: f"handlaggare-{n}")


class PoliticianFactory(UserFactory):
    _group = POLITICIANS
    username = factory.Sequence(lambda n: f"politiker-{n}")
