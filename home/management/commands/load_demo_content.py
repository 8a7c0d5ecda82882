from importlib import import_module
from importlib.util import find_spec

from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction

from home.demo import DEMO_USERS


class Command(BaseCommand):
    help = (
        "Load the demo content of every app (home first). Idempotent: running it again "
        "creates only what is missing and changes nothing that exists."
    )

    def handle(self, *args, **options):
        with transaction.atomic():
            for module in demo_modules():
                module.load(stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS("Demoinnehållet är på plats."))
        if settings.DEMO_USERS_PASSWORD:
            self.stdout.write("Logga in på http://127.0.0.1:8000/admin/ med:")
            for username, _group, description in DEMO_USERS:
                self.stdout.write(
                    f"  {username:<12} / {settings.DEMO_USERS_PASSWORD}   ({description})"
                )


def demo_modules():
    """Each installed app may have a ``demo`` module with ``load(stdout)``; home runs first."""
    names = [config.name for config in apps.get_app_configs()]
    names.sort(key=lambda name: name != "home")
    for name in names:
        if find_spec(f"{name}.demo") is not None:
            yield import_module(f"{name}.demo")
