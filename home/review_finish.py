"""What approving a review does: publish the revision the reviewer read.

Set as ``WAGTAIL_FINISH_WORKFLOW_ACTION``. Wagtail's own finish action publishes the newest
revision, so a draft saved after the page was sent for review would go live read by no one but
its writer. Here that draft stays a draft and needs a review of its own.

Wagtail imports this module while ``wagtail.models`` is still loading: it imports nothing.
"""


def publish_reviewed_revision(workflow_state, user=None):
    """Publish the revision under review when the workflow is approved, not the newest one."""
    task_state = workflow_state.current_task_state
    if task_state is not None and task_state.revision_id:
        revision = task_state.revision
    else:  # a task state without a revision: what Wagtail itself would publish
        revision = workflow_state.content_object.get_latest_revision()
    revision.publish(user=user)
