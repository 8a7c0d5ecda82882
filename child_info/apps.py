from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ChildInfoConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "child_info"
    verbose_name = _("Information för barn")
