"""Review by someone else (home.review.PeerReviewTask): both review workflows, pages for
Redaktörer and yearly reports for Handläggare, switch from Wagtail's group approval task, which
lets a submitter approve their own submission, to a task that offers them no action."""

import django.db.models.deletion
from django.db import migrations, models


def use_peer_review(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    PeerReviewTask = apps.get_model("home", "PeerReviewTask")
    TaskState = apps.get_model("wagtailcore", "TaskState")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    plain = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")[0]
    peer = ContentType.objects.get_or_create(app_label="home", model="peerreviewtask")[0]
    in_use = GroupApprovalTask.objects.filter(content_type=plain, workflow_tasks__isnull=False)
    for old in in_use.distinct():
        new = PeerReviewTask.objects.create(name=old.name, active=old.active, content_type=peer)
        new.groups.set(old.groups.all())
        WorkflowTask.objects.filter(task_id=old.pk).update(task_id=new.pk)
        # A review already under way finishes on the old task; otherwise it is retired.
        if not TaskState.objects.filter(task_id=old.pk, status="in_progress").exists():
            old.active = False
            old.save(update_fields=["active"])


class Migration(migrations.Migration):

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('home', '0004_editors_review_public_pages'),
        ('wagtailcore', '0098_apitoken'),
    ]

    operations = [
        migrations.CreateModel(
            name='PeerReviewTask',
            fields=[
                ('groupapprovaltask_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to='wagtailcore.groupapprovaltask')),
            ],
            options={
                'verbose_name': 'granskning av någon annan i gruppen',
                'verbose_name_plural': 'granskningar av någon annan i gruppen',
            },
            bases=('wagtailcore.groupapprovaltask',),
        ),
        migrations.RunPython(use_peer_review, migrations.RunPython.noop),
    ]
