"""`manage.py add_municipality "Sundsvik" sundsvik.example.se`: a new municipality, scripted."""

from django.core.management.base import BaseCommand, CommandError

from municipalities.forms import MunicipalityForm


class Command(BaseCommand):
    help = "Lägg till en kommun: webbplats, startsida, grupper och inställningar."

    def add_arguments(self, parser):
        parser.add_argument("name", help="Kommunens namn, t.ex. Sundsvik")
        parser.add_argument("hostname", help="Webbplatsens värdnamn, t.ex. sundsvik.example.se")
        parser.add_argument("--port", type=int, default=80)

    def handle(self, name, hostname, port, **options):
        # The admin's form: the same checks of the name and address, the same messages.
        form = MunicipalityForm(data={"name": name, "hostname": hostname, "port": port})
        if not form.is_valid():
            messages = [message for errors in form.errors.values() for message in errors]
            raise CommandError(f"Kommunen lades inte till: {' '.join(messages)}")
        municipality = form.save()
        groups = ", ".join(group.name for group in municipality.groups())
        self.stdout.write(f"{name}: http://{hostname}:{port}/ (grupper: {groups})")
