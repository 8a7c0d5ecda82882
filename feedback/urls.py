"""Views of the feedback loop that are not Wagtail pages.

Anonymous feedback (sending answers) and the internal section (login, lists) add theirs here.
"""

app_name = "feedback"

urlpatterns = []
