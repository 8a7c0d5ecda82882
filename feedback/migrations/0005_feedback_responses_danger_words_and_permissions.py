from django.db import migrations

from portal.security.roles import STAFF, grant_model_permissions

# Swedish words and stems that may mean a child is in danger. Staff edit the list in the admin.
# A stem matches at the start of a word ("misshandl" finds "misshandlad"); phrases match whole.
DANGER_WORDS = [
    "slår", "slog", "slagit", "sparkar", "sparkade", "våld", "misshandl",
    "rädd att gå hem", "rädd för pappa", "rädd för mamma", "vågar inte gå hem",
    "skada mig själv", "skadar mig själv", "skär mig", "ta livet av mig", "självmord",
    "vill inte leva", "vill dö", "sexuell", "tafsar", "tafsade", "våldtäkt", "våldtog",
    "hotar", "hotade", "hot om", "instängd", "stänger in mig", "får ingen mat", "kastar ut mig",
    "knivar", "kniv",
]


def seed_danger_words(apps, schema_editor):
    DangerWord = apps.get_model("feedback", "DangerWord")
    for word in DANGER_WORDS:
        DangerWord.objects.get_or_create(word=word)
    # Handläggare read and theme responses and keep the danger word list; nobody adds
    # responses by hand, so there is no add permission on them.
    grant_model_permissions(
        apps,
        STAFF,
        "feedback",
        [
            "view_feedbackresponse",
            "change_feedbackresponse",
            "view_extraanswer",
            "add_dangerword",
            "change_dangerword",
            "delete_dangerword",
            "view_dangerword",
        ],
    )


class Migration(migrations.Migration):
    dependencies = [
        ("feedback", "0004_feedback_responses"),
        ("home", "0003_roles"),
    ]

    operations = [migrations.RunPython(seed_danger_words, migrations.RunPython.noop)]
