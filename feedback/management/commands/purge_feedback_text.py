from django.conf import settings
from django.core.management.base import BaseCommand

from feedback.answers.retention import cutoff_date, purge_old_text
from feedback.answers.storage_order import scatter


class Command(BaseCommand):
    help = (
        "Remove the free text of feedback older than FEEDBACK_TEXT_RETENTION_MONTHS "
        "(default 24); the ratings, age band, kind of contact and week are kept. On "
        "PostgreSQL it then rewrites the answer tables in random-id order. "
        "Run it daily, e.g. from cron or a systemd timer (see README)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--months",
            type=int,
            default=None,
            help="Override the setting (months of free text to keep).",
        )

    def handle(self, *args, months=None, **options):
        months = settings.FEEDBACK_TEXT_RETENTION_MONTHS if months is None else months
        count = purge_old_text(months=months)
        self.stdout.write(
            f"Removed free text from {count} responses dated before {cutoff_date(months=months)}."
        )
        if scatter():
            self.stdout.write("Rewrote the answer tables in random-id order.")
