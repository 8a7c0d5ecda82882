"""Views of the feedback loop that are not Wagtail pages.

Anonymous feedback (sending answers) and the internal section (login, lists) add theirs here.
"""

from django.urls import path

from .views import submit

app_name = "feedback"

urlpatterns = [
    path("svara/<int:page_id>/", submit.submit, name="submit"),
]
