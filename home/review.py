"""Review by someone else: the workflow task of both review workflows.

Wagtail's group approval lets any member of the group approve, the submitter too, so an editor
could publish their own page by approving it. ``PeerReviewTask`` offers no action (approve or
request changes) to the person who submitted the item or wrote the revision under review, and
its reviewers' dashboard lists only what others submitted. Wagtail's workflow views refuse an
action that ``get_actions`` does not offer, so a forged POST is refused too.

On pages with age versions the reviewer's dialogs show the LIX verdict of the revision under
review (``child_info.readability.review``).

Approving publishes the revision the reviewer saw (``home.review_finish``).
"""

from django.utils.translation import gettext_lazy as _
from wagtail.models import GroupApprovalTask

from child_info.readability.review import DIALOG_TEMPLATE, shows_verdict, with_dialog


def made_by(obj, user):
    """Did ``user`` submit ``obj`` for review, or write the revision being reviewed?"""
    state = obj.current_workflow_state
    authors = set()
    if state is not None:
        authors.add(state.requested_by_id)
        task_state = state.current_task_state
        if task_state is not None and task_state.revision_id:
            authors.add(task_state.revision.user_id)
    latest = getattr(obj, "latest_revision", None)
    if latest is not None:
        authors.add(latest.user_id)
    return user.pk in authors


class PeerReviewTask(GroupApprovalTask):
    class Meta:
        verbose_name = _("granskning av någon annan i gruppen")
        verbose_name_plural = _("granskningar av någon annan i gruppen")

    def get_actions(self, obj, user):
        if made_by(obj, user):
            return []
        actions = super().get_actions(obj, user)
        if shows_verdict(obj):
            return with_dialog(actions)
        return actions

    def get_template_for_action(self, action):
        # The dialog shows the verdict only for pages with age versions; for the others it is
        # Wagtail's own.
        return DIALOG_TEMPLATE

    def get_task_states_user_can_moderate(self, user, **kwargs):
        states = super().get_task_states_user_can_moderate(user, **kwargs)
        return states.exclude(workflow_state__requested_by=user).exclude(revision__user=user)

    @classmethod
    def get_description(cls):
        return _(
            "Medlemmar i de valda grupperna godkänner, men aldrig det de själva har lämnat in."
        )
