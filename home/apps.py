from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "home"
    verbose_name = _("Startsida och webbplats")

    def ready(self):
        from portal import checks  # noqa: F401 - registers the deploy checks
        from portal.pagecache.invalidation import connect_invalidation

        connect_invalidation()
