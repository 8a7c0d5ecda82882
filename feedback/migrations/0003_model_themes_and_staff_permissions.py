from django.db import migrations
from django.utils.text import slugify

from feedback.models.themes import MODEL_THEMES
from portal.security.roles import STAFF, grant_model_permissions


def create_model_themes(apps, schema_editor):
    Theme = apps.get_model("feedback", "Theme")
    for name in MODEL_THEMES:
        Theme.objects.get_or_create(name=name, defaults={"slug": slugify(name)})
    grant_model_permissions(
        apps, STAFF, "feedback", ["add_theme", "change_theme", "delete_theme", "view_theme"]
    )


class Migration(migrations.Migration):
    dependencies = [
        ("feedback", "0002_themes"),
        ("home", "0003_roles"),
    ]

    operations = [migrations.RunPython(create_model_themes, migrations.RunPython.noop)]
