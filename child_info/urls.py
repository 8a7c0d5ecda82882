"""Public views of the children's information pages that are not Wagtail pages."""

app_name = "child_info"

urlpatterns = []
