"""The county's coordinators (a coordinator or FoU group): the admin and the regional view,
nothing else (no answers, texts or internal pages of any municipality)."""

from django.db import migrations

from portal.security.roles import COUNTY_COORDINATORS, grant_model_permissions


def create_county_coordinators(apps, schema_editor):
    grant_model_permissions(apps, COUNTY_COORDINATORS, "wagtailadmin", ["access_admin"])
    grant_model_permissions(apps, COUNTY_COORDINATORS, "municipalities", ["view_county_figures"])


def remove_county_coordinators(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=COUNTY_COORDINATORS).delete()


class Migration(migrations.Migration):
    dependencies = [("municipalities", "0003_county_admins")]

    operations = [
        migrations.AlterModelOptions(
            name="municipality",
            options={
                "ordering": ["site__site_name"],
                "permissions": [("view_county_figures", "Kan se länets siffror")],
                "verbose_name": "kommun",
                "verbose_name_plural": "kommuner",
            },
        ),
        migrations.RunPython(create_county_coordinators, remove_county_coordinators),
    ]
