from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MunicipalitiesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "municipalities"
    verbose_name = _("Kommuner")

    def ready(self):
        from django.apps import apps
        from wagtail.permissions import register_permission_policy

        from .models import Municipality
        from .permissions import NeverDeletedPolicy, SharedRowsPolicy
        from .scope import SharedOrMunicipal

        register_permission_policy(Municipality, NeverDeletedPolicy(Municipality))
        for model in apps.get_models():
            if issubclass(model, SharedOrMunicipal):
                register_permission_policy(model, SharedRowsPolicy(model), exact_class=True)
