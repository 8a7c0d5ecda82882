"""Answers and improvements belong to a municipality: the existing ones to the default site's
(municipalities 0002). The existing danger words become the list shared by every municipality."""

import django.db.models.deletion
import municipalities.scope
from django.db import migrations, models


def owned_by_default_site(apps, schema_editor):
    Municipality = apps.get_model("municipalities", "Municipality")
    first = Municipality.objects.filter(site__is_default_site=True).first()
    for name in ("FeedbackResponse", "Improvement"):
        rows = apps.get_model("feedback", name).objects.filter(municipality=None)
        if first is None and rows.exists():
            raise RuntimeError(
                "Answers or improvements exist but no default site: make one site the default "
                "(Wagtail admin, Inställningar → Webbplatser) and migrate again."
            )
        rows.update(municipality=first)


class Migration(migrations.Migration):
    dependencies = [
        ("feedback", "0012_yes_no_answers"),
        ("municipalities", "0002_default_site"),
    ]

    operations = [
        migrations.AddField(
            model_name="dangerword",
            name="municipality",
            field=models.ForeignKey(
                blank=True,
                default=None,
                help_text="Tom: gemensam för alla kommuner.",
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="municipalities.municipality",
                verbose_name="kommun",
            ),
        ),
        migrations.AddField(
            model_name="feedbackresponse",
            name="municipality",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="municipalities.municipality",
                verbose_name="kommun",
            ),
        ),
        migrations.AddField(
            model_name="improvement",
            name="municipality",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="municipalities.municipality",
                verbose_name="kommun",
            ),
        ),
        migrations.RunPython(owned_by_default_site, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="feedbackresponse",
            name="municipality",
            field=models.ForeignKey(
                default=municipalities.scope.default_municipality,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="municipalities.municipality",
                verbose_name="kommun",
            ),
        ),
        migrations.AlterField(
            model_name="improvement",
            name="municipality",
            field=models.ForeignKey(
                default=municipalities.scope.default_municipality,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="municipalities.municipality",
                verbose_name="kommun",
            ),
        ),
        migrations.AlterField(
            model_name="dangerword",
            name="word",
            field=models.CharField(
                help_text="Matchas utan hänsyn till stora och små bokstäver i början av ord: 'misshandl' hittar också 'misshandlad'. Flera ord hittar en hel fras.",
                max_length=100,
                verbose_name="ord eller ordstam",
            ),
        ),
        migrations.AddConstraint(
            model_name="dangerword",
            constraint=models.UniqueConstraint(
                condition=models.Q(("municipality__isnull", True)),
                fields=("word",),
                name="danger_word_unique_shared",
            ),
        ),
        migrations.AddConstraint(
            model_name="dangerword",
            constraint=models.UniqueConstraint(
                fields=("municipality", "word"), name="danger_word_unique_per_municipality"
            ),
        ),
    ]
