"""The model's four themes get names in a child's words for each band (only where empty)."""

from django.db import migrations

# name: (5–8, 9–12, 13–18)
CHILD_NAMES = {
    "Om att ha kontakt med socialtjänsten": (
        "Att träffa soc",
        "När du har kontakt med soc",
        "Kontakten med socialtjänsten",
    ),
    "Om delaktighet": (
        "Att få säga vad du tycker",
        "Att få vara med och bestämma",
        "Att vara med och påverka",
    ),
    "Om att bli intervjuad": (
        "När vi frågar dig saker",
        "När vi frågar vad du tycker",
        "När vi intervjuar dig",
    ),
    "Om relationen till socialsekreteraren": (
        "Du och den som jobbar på soc",
        "Du och din socialsekreterare",
        "Du och din socialsekreterare",
    ),
}


def add_child_names(apps, schema_editor):
    Theme = apps.get_model("feedback", "Theme")
    for theme in Theme.objects.filter(name__in=CHILD_NAMES):
        young, middle, teen = CHILD_NAMES[theme.name]
        theme.child_name_5_8 = theme.child_name_5_8 or young
        theme.child_name = theme.child_name or middle
        theme.child_name_13_18 = theme.child_name_13_18 or teen
        theme.save(update_fields=["child_name_5_8", "child_name", "child_name_13_18"])


class Migration(migrations.Migration):
    dependencies = [("feedback", "0010_child_words_per_band")]

    operations = [migrations.RunPython(add_child_names, migrations.RunPython.noop)]
