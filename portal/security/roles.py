"""The portal's roles and helpers that data migrations use to grant them permissions.

- Redaktörer: edit the public pages, images, documents and the glossary.
- Handläggare: staff; read and theme feedback, edit the internal section.
- Politiker: read the published internal section on the site; no admin access at all.
- Länsadministratörer: the county's administrators; add, rename and move the municipalities
  (Inställningar → Kommuner) and nothing else. They see no municipality's answers or pages.
- Länssamordnare: a county coordinator or FoU group; the admin's regional view (the county's
  counts and averages, suppressed) and nothing else: no answer, no text, no internal page.

Each app grants its own model permissions in a data migration of its own, with
``grant_model_permissions``, so the roles stay correct as apps add models.
"""

EDITORS = "Redaktörer"
STAFF = "Handläggare"
POLITICIANS = "Politiker"
COUNTY_ADMINS = "Länsadministratörer"
COUNTY_COORDINATORS = "Länssamordnare"
ALL_GROUPS = (EDITORS, STAFF, POLITICIANS, COUNTY_ADMINS, COUNTY_COORDINATORS)

PAGE_EDIT_PERMISSIONS = ("add_page", "change_page", "publish_page", "lock_page", "unlock_page")


def ensure_permissions_exist(apps):
    """Create content types and permissions now; Django would only do it after migrate."""
    from django.contrib.auth.management import create_permissions
    from django.contrib.contenttypes.management import create_contenttypes

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_contenttypes(app_config, verbosity=0, apps=apps)
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None


def get_permission(apps, app_label, codename):
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def grant_model_permissions(apps, group_name, app_label, codenames):
    """Give a group model permissions, e.g. ("view_feedbackresponse", "change_feedbackresponse")."""
    ensure_permissions_exist(apps)
    Group = apps.get_model("auth", "Group")
    group, _ = Group.objects.get_or_create(name=group_name)
    group.permissions.add(*[get_permission(apps, app_label, c) for c in codenames])


def grant_page_permissions(apps, group_name, page, codenames=PAGE_EDIT_PERMISSIONS):
    """Give a group Wagtail page permissions on a page and everything below it."""
    ensure_permissions_exist(apps)
    Group = apps.get_model("auth", "Group")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    group, _ = Group.objects.get_or_create(name=group_name)
    for codename in codenames:
        GroupPagePermission.objects.get_or_create(
            group=group, page_id=page.pk, permission=get_permission(apps, "wagtailcore", codename)
        )
