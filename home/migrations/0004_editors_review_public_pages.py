"""Wagtail's default workflow asks the "Moderators" group, which 0003 removed: give the review
to Redaktörer, so a page submitted for review can be approved by someone."""

from django.db import migrations

from portal.security.roles import EDITORS


def editors_review(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    editors = Group.objects.get(name=EDITORS)
    for workflow in Workflow.objects.filter(workflow_pages__page__depth=1):
        workflow.name = "Granskning av sidor"
        workflow.save(update_fields=["name"])
        tasks = GroupApprovalTask.objects.filter(workflow_tasks__workflow=workflow)
        for task in tasks.filter(groups__isnull=True):
            task.name = "Redaktörerna granskar"
            task.save(update_fields=["name"])
            task.groups.add(editors)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0003_roles"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(editors_review, migrations.RunPython.noop)]
