from django.contrib.auth.models import Group

from feedback.models import MODEL_THEMES, Theme
from portal.security.roles import STAFF


def test_the_models_four_themes_exist(db):
    assert set(Theme.objects.values_list("name", flat=True)) >= set(MODEL_THEMES)


def test_staff_may_manage_themes(db):
    codenames = set(Group.objects.get(name=STAFF).permissions.values_list("codename", flat=True))
    assert {"add_theme", "change_theme", "view_theme"} <= codenames
