"""Public views of the children's information pages that are not Wagtail pages."""

from django.urls import path

from .search import views

app_name = "child_info"

urlpatterns = [
    path("sok/", views.search, name="search"),
]
