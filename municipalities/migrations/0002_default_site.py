"""The install's default site becomes its first municipality, with the three groups it already
has (Redaktörer, Handläggare, Politiker) as that municipality's groups."""

from django.db import migrations

from portal.security.roles import EDITORS, POLITICIANS, STAFF


def default_site_municipality(apps, schema_editor):
    Site = apps.get_model("wagtailcore", "Site")
    Group = apps.get_model("auth", "Group")
    Municipality = apps.get_model("municipalities", "Municipality")
    site = Site.objects.filter(is_default_site=True).first()
    if site is None or Municipality.objects.filter(site=site).exists():
        return
    Municipality.objects.create(
        site=site,
        editors=Group.objects.get_or_create(name=EDITORS)[0],
        staff=Group.objects.get_or_create(name=STAFF)[0],
        politicians=Group.objects.get_or_create(name=POLITICIANS)[0],
    )


class Migration(migrations.Migration):
    dependencies = [
        ("municipalities", "0001_initial"),
        ("home", "0003_roles"),
    ]

    operations = [migrations.RunPython(default_site_municipality, migrations.RunPython.noop)]
