"""Handläggare edit improvements. Their page permissions come with the internal section's page
(feedback.access.ensure_private), since a page permission needs a page."""

from django.db import migrations

from portal.security.roles import STAFF, grant_model_permissions


def grant(apps, schema_editor):
    grant_model_permissions(
        apps,
        STAFF,
        "feedback",
        ["add_improvement", "change_improvement", "delete_improvement", "view_improvement"],
    )


class Migration(migrations.Migration):
    dependencies = [
        ("feedback", "0006_internal_section"),
        ("home", "0003_roles"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
