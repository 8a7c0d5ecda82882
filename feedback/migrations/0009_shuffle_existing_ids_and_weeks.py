"""Give existing answers (and their extra answers and themes) random ids; store their week.

Every reference is moved with its answer: extra answers, themes (ResponseTheme) and links to
improvements (the improvement_responses table). Rows are renumbered in random order, so on
PostgreSQL the rewritten rows do not keep their old order in the heap either. Foreign keys
are deferred (PostgreSQL) or checked when the migration ends (SQLite).
"""

import random
from datetime import timedelta

from django.db import migrations

from feedback.models.random_ids import random_id


def new_ids(old_ids):
    """A random new id for each old one, clashing with no old or new id."""
    taken = set(old_ids)
    mapping = {}
    for old in old_ids:
        new = random_id()
        while new in taken:
            new = random_id()
        taken.add(new)
        mapping[old] = new
    return mapping


def shuffled(values):
    values = list(values)
    random.SystemRandom().shuffle(values)
    return values


def renumber(apps, schema_editor):
    response_model = apps.get_model("feedback", "FeedbackResponse")
    extra_model = apps.get_model("feedback", "ExtraAnswer")
    theme_link_model = apps.get_model("feedback", "ResponseTheme")
    improvement_link_model = (
        apps.get_model("feedback", "Improvement")._meta.get_field("responses").remote_field.through
    )
    alias = schema_editor.connection.alias

    responses = response_model.objects.using(alias)
    mapping = new_ids(shuffled(responses.values_list("pk", flat=True)))
    for old, new in mapping.items():
        extra_model.objects.using(alias).filter(response_id=old).update(response_id=new)
        theme_link_model.objects.using(alias).filter(content_object_id=old).update(
            content_object_id=new
        )
        improvement_link_model.objects.using(alias).filter(feedbackresponse_id=old).update(
            feedbackresponse_id=new
        )
        responses.filter(pk=old).update(id=new)

    for model in (extra_model, theme_link_model):  # nothing refers to these rows
        rows = model.objects.using(alias)
        for old, new in new_ids(shuffled(rows.values_list("pk", flat=True))).items():
            rows.filter(pk=old).update(id=new)

    for day in responses.values_list("date", flat=True).distinct():
        monday = day - timedelta(days=day.weekday())
        if monday != day:
            responses.filter(date=day).update(date=monday)


class Migration(migrations.Migration):
    dependencies = [("feedback", "0008_random_ids_and_weeks")]

    # Backwards the ids stay random and the days stay Mondays: the old order is gone for good.
    operations = [migrations.RunPython(renumber, migrations.RunPython.noop)]
