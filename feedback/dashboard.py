"""The Handläggare's panel on the admin dashboard: what needs them first.

New answers, those that may show a child in danger first and marked in words and with an
icon, and improvements past their planned date. Each section needs the permission to read
its items, so Redaktörer (who read neither) see no panel. Three queries, however many items.
"""

from django.urls import reverse
from django.utils import timezone
from wagtail.admin.ui.components import Component

from feedback.models import FeedbackResponse, Improvement, Status

SHOWN = 10


class DeskPanel(Component):
    name = "desk"
    order = 50
    template_name = "feedback/admin/desk_panel.html"

    def __init__(self, user):
        self.user = user

    @classmethod
    def for_user(cls, user):
        panel = cls(user)
        return panel if panel.shows_answers or panel.shows_improvements else None

    @property
    def shows_answers(self):
        return self.user.has_perm("feedback.view_feedbackresponse")

    @property
    def shows_improvements(self):
        return self.user.has_perm("feedback.view_improvement")

    def get_context_data(self, parent_context):
        context = {"shows_answers": False, "shows_improvements": False}
        if self.shows_answers:
            new = FeedbackResponse.objects.filter(status=Status.NEW)
            context.update(
                shows_answers=True,
                new_answers=list(
                    new.select_related(None)
                    .only("pk", "date", "flagged_danger", "good_text", "better_text")
                    .order_by("-flagged_danger", "-date", "-pk")[:SHOWN]
                ),
                new_count=new.count(),
                answers_url=reverse("wagtailsnippets_feedback_feedbackresponse:list"),
            )
        if self.shows_improvements:
            context.update(
                shows_improvements=True,
                overdue=list(
                    Improvement.objects.overdue(timezone.localdate())
                    .only("pk", "title", "planned_date", "status", "responsible")
                    .order_by("planned_date", "pk")
                ),
            )
        return context
