"""Views of the feedback loop that are not Wagtail pages: sending answers, logging in."""

from django.urls import path

from .answers import (
    converters,  # noqa: F401  (registers "dbid")
    submit,
)
from .internal import login

app_name = "feedback"

urlpatterns = [
    path("svara/<dbid:page_id>/", submit.submit, name="submit"),
    path("logga-in/", login.SiteLoginView.as_view(), name="login"),
    path("logga-ut/", login.SiteLogoutView.as_view(), name="logout"),
]
