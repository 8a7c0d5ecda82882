"""Register the feedback app's admin: the internal section's viewsets, bulk actions and hooks
(``internal/``) and the children's answers' (``answers/viewsets.py``) register their own."""

from wagtail import hooks

from .answers import viewsets as answers_viewsets  # noqa: F401
from .dashboard import DeskPanel
from .internal import admin_hooks, bulk_actions, viewsets  # noqa: F401


@hooks.register("construct_homepage_panels")
def add_desk_panel(request, panels):
    """New answers (flagged first) and overdue improvements, first on the dashboard."""
    panel = DeskPanel.for_user(request.user)
    if panel:
        panels.append(panel)
