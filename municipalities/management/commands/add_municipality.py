"""`manage.py add_municipality "Sundsvik" sundsvik.example.se`: a new municipality, scripted."""

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Site

from municipalities.setup import create_municipality


class Command(BaseCommand):
    help = "Lägg till en kommun: webbplats, startsida, grupper och inställningar."

    def add_arguments(self, parser):
        parser.add_argument("name", help="Kommunens namn, t.ex. Sundsvik")
        parser.add_argument("hostname", help="Webbplatsens värdnamn, t.ex. sundsvik.example.se")
        parser.add_argument("--port", type=int, default=80)

    def handle(self, name, hostname, port, **options):
        if Site.objects.filter(hostname=hostname, port=port).exists():
            raise CommandError(f"Det finns redan en webbplats på {hostname}:{port}.")
        try:
            municipality = create_municipality(name, hostname, port)
        except ValidationError as error:
            raise CommandError(
                f"Kommunen lades inte till: {' '.join(error.messages)} "
                "Välj ett annat värdnamn (startsidans adressnamn kommer från dess första del)."
            ) from error
        groups = ", ".join(group.name for group in municipality.groups())
        self.stdout.write(f"{name}: http://{hostname}:{port}/ (grupper: {groups})")
