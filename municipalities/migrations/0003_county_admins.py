"""The county's administrators: a group that may add, rename and move municipalities in the
admin (Inställningar → Kommuner), and do nothing else there."""

from django.db import migrations

from portal.security.roles import COUNTY_ADMINS, grant_model_permissions


def create_county_admins(apps, schema_editor):
    grant_model_permissions(apps, COUNTY_ADMINS, "wagtailadmin", ["access_admin"])
    grant_model_permissions(
        apps,
        COUNTY_ADMINS,
        "municipalities",
        ["add_municipality", "change_municipality", "view_municipality"],
    )


def remove_county_admins(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=COUNTY_ADMINS).delete()


class Migration(migrations.Migration):
    dependencies = [("municipalities", "0002_default_site")]

    operations = [migrations.RunPython(create_county_admins, remove_county_admins)]
