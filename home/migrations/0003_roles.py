"""Create the three roles. Apps add their own model permissions in their own migrations."""

from django.db import migrations

from portal.security.roles import (
    EDITORS,
    POLITICIANS,
    STAFF,
    ensure_permissions_exist,
    get_permission,
    grant_model_permissions,
    grant_page_permissions,
)

MEDIA_PERMISSIONS = {
    "wagtailimages": ("add_image", "change_image", "choose_image"),
    "wagtaildocs": ("add_document", "change_document", "choose_document"),
}


def create_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    ensure_permissions_exist(apps)

    # Wagtail's own starter groups would only confuse: the portal has exactly three roles.
    Group.objects.filter(name__in=("Editors", "Moderators"), user__isnull=True).delete()
    for name in (EDITORS, STAFF, POLITICIANS):
        Group.objects.get_or_create(name=name)

    # Editors and staff work in the Wagtail admin; politicians never do.
    for name in (EDITORS, STAFF):
        grant_model_permissions(apps, name, "wagtailadmin", ["access_admin"])

    # Editors edit the public page tree.
    root = Page.objects.get(depth=1)
    grant_page_permissions(apps, EDITORS, root)

    editors = Group.objects.get(name=EDITORS)
    root_collection = Collection.objects.get(depth=1)
    for app_label, codenames in MEDIA_PERMISSIONS.items():
        for codename in codenames:
            GroupCollectionPermission.objects.get_or_create(
                group=editors,
                collection=root_collection,
                permission=get_permission(apps, app_label, codename),
            )


def remove_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=(EDITORS, STAFF, POLITICIANS)).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0002_create_homepage"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
