"""Register the feedback app's admin: each module under viewsets/ registers its own."""

from wagtail import hooks

from .dashboard import DeskPanel
from .viewsets import internal, responses  # noqa: F401


@hooks.register("construct_homepage_panels")
def add_desk_panel(request, panels):
    """New answers (flagged first) and overdue improvements, first on the dashboard."""
    panel = DeskPanel.for_user(request.user)
    if panel:
        panels.append(panel)
