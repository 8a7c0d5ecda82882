from django.db import migrations

from portal.security.roles import EDITORS, grant_model_permissions


def grant_editors(apps, schema_editor):
    codenames = [
        f"{action}_{model}"
        for model in ("glossaryterm", "situation")
        for action in ("add", "change", "delete", "view")
    ]
    grant_model_permissions(apps, EDITORS, "child_info", codenames)


class Migration(migrations.Migration):
    dependencies = [
        ("child_info", "0001_initial"),
        ("home", "0003_roles"),
    ]

    operations = [migrations.RunPython(grant_editors, migrations.RunPython.noop)]
