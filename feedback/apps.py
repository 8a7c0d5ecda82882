from django.apps import AppConfig
from django.db.models.signals import post_save
from django.utils.translation import gettext_lazy as _


class FeedbackConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "feedback"
    verbose_name = _("Återkoppling och utveckling")

    def ready(self):
        from wagtail.models import Page
        from wagtail.permissions import register_permission_policy

        from . import exports
        from .access import PortalPagePermissionPolicy, make_section_private
        from .models import InternalIndexPage

        exports.install()
        register_permission_policy(Page, PortalPagePermissionPolicy(Page))
        post_save.connect(make_section_private, sender=InternalIndexPage)
