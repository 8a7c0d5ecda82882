from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MunicipalitiesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "municipalities"
    verbose_name = _("Kommuner")

    def ready(self):
        from wagtail.permissions import register_permission_policy

        from .models import Municipality
        from .permissions import NeverDeletedPolicy

        register_permission_policy(Municipality, NeverDeletedPolicy(Municipality))
