""" "Ni sa – vi gjorde": only what is marked for children, in words a child understands."""

from datetime import date

import pytest
from django.contrib.auth.models import Group

from feedback.models import CHILD_STATUS_LABELS, Improvement, Theme
from home.age_bands import AgeBand
from portal.security.roles import STAFF
from tests.factories import (
    FeedbackPageFactory,
    ImprovementFactory,
    ThemeFactory,
    what_happened_page,
)

pytestmark = pytest.mark.django_db
MIDDLE = AgeBand.MIDDLE  # shown when no band is chosen


def child_words(**texts):
    """``child_title=("5–8", "9–12", "13–18")`` as the model's three fields per band."""
    fields = {}
    for field, (young, middle, teen) in texts.items():
        fields |= {f"{field}_5_8": young, field: middle, f"{field}_13_18": teen}
    return fields


@pytest.fixture(autouse=True)
def page(db):
    """'Ni sa – vi gjorde' at /ni-sa-vi-gjorde/, and the feedback form at /tyck-till/."""
    FeedbackPageFactory(title="Tyck till", slug="tyck-till")
    page = what_happened_page()
    assert page.url == "/ni-sa-vi-gjorde/"
    return page


@pytest.fixture
def themes(db):
    """Two themes with the staff's names and a child's name per band."""
    participation = ThemeFactory(
        name="Om delaktighet",
        **child_words(
            child_name=(
                "Att få säga vad du tycker",
                "Att få vara med och bestämma",
                "Att vara med och påverka",
            )
        ),
    )
    contact = ThemeFactory(
        name="Om att ha kontakt med socialtjänsten",
        **child_words(
            child_name=("Att träffa soc", "När du har kontakt med soc", "Kontakten med soc")
        ),
    )
    return participation, contact


@pytest.fixture
def improvements(themes):
    """Three improvements shown to children (done, in progress, closed), each changed on a
    different day and in its own words per band, and one kept from them."""
    participation, contact = themes
    done = ImprovementFactory(
        title="Barnen får läsa sin utredning",
        show_to_children=True,
        history=[("proposed", date(2024, 1, 10)), ("done", date(2024, 6, 1))],
        themes=[participation],
        **child_words(
            child_title=("Du får se vad vi skrev", "Du får läsa det vi skrev", "Läs din utredning"),
            child_summary=(
                "Vi visar dig vad vi skrev om dig.",
                "Nu får du läsa det vi skrev om dig.",
                "Du kan läsa utredningen innan den är klar.",
            ),
        ),
    )
    phones = ImprovementFactory(
        title="Mobiltelefoner till socialsekreterarna",
        show_to_children=True,
        history=[("decided", date(2024, 3, 1)), ("in_progress", date(2024, 9, 1))],
        themes=[contact],
        **child_words(
            child_title=("Ring din soc", "Du kan ringa din soc", "Sms och samtal till soc"),
            child_summary=(
                "Du kan ringa den du träffar.",
                "Snart kan du ringa eller sms:a din socialsekreterare.",
                "Din socialsekreterare får en mobil som du kan nå.",
            ),
        ),
    )
    closed = ImprovementFactory(
        title="Fritidskort till alla",
        show_to_children=True,
        history=[("proposed", date(2023, 11, 1)), ("closed", date(2024, 2, 1))],
        themes=[participation, contact],
        **child_words(
            child_title=("Kort till fritid", "Ett kort för fritiden", "Fritidskort"),
            child_summary=(
                "Vi ville ge dig ett kort.",
                "Vi kunde inte ge alla ett kort i år.",
                "Pengarna räckte inte till fritidskort i år.",
            ),
        ),
    )
    hidden = ImprovementFactory(
        title="Återkoppling utan insats till nämnden",
        history=[("decided", date(2024, 10, 1))],
        themes=[participation],
    )
    return done, phones, closed, hidden


def test_only_improvements_marked_for_children_are_shown(improvements, client):
    html = client.get("/ni-sa-vi-gjorde/").content.decode()
    for improvement in Improvement.objects.all():
        heading = improvement.child_title_for(MIDDLE)
        assert (heading in html) == improvement.show_to_children, improvement.title
    assert Improvement.objects.filter(show_to_children=False).exists()
    assert Improvement.objects.filter(show_to_children=True).count() == 3
    assert str(CHILD_STATUS_LABELS["done"]) in html
    assert "Avslutad utan åtgärd" not in html  # staff words stay in the admin


def test_newest_first_and_filtered_by_theme(improvements, client):
    shown = Improvement.objects.filter(show_to_children=True).order_by("-status_changed_on")
    html = client.get("/ni-sa-vi-gjorde/").content.decode()
    positions = [html.index(f">{i.child_title_for(MIDDLE)}</h2>") for i in shown]
    assert positions == sorted(positions)

    theme = Theme.objects.get(name="Om delaktighet")
    filtered = client.get("/ni-sa-vi-gjorde/", {"tema": theme.slug}).content.decode()
    for improvement in shown:
        in_theme = improvement.themes.filter(pk=theme.pk).exists()
        assert (f">{improvement.child_title_for(MIDDLE)}</h2>" in filtered) == in_theme
    assert 'aria-current="page">Att få vara med och bestämma</a>' in filtered


def test_queries_do_not_grow_with_more_improvements(improvements, client, settings):
    settings.PAGE_CACHE_SECONDS = 0  # count the queries of rendering, not of a cache hit
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    # Each count follows a warm-up request: caches Wagtail keeps (site root paths) refill once.
    client.get("/ni-sa-vi-gjorde/")
    with CaptureQueriesContext(connection) as before:
        client.get("/ni-sa-vi-gjorde/")
    theme = Theme.objects.first()
    for n in range(50):
        Improvement.objects.create(title=f"Extra {n}", show_to_children=True).themes.add(theme)
    client.get("/ni-sa-vi-gjorde/")
    with CaptureQueriesContext(connection) as after:
        response = client.get("/ni-sa-vi-gjorde/")
    assert "Extra 49" in response.content.decode()
    assert len(after) == len(before)


def test_linked_from_the_thank_you_page_and_the_home_page(client):
    home = client.get("/").content.decode()
    assert 'href="/ni-sa-vi-gjorde/"' in home
    assert 'href="/tyck-till/"' in home
    thanks = client.get("/tyck-till/tack/").content.decode()
    assert 'href="/ni-sa-vi-gjorde/"' in thanks


def read(client, **params):
    return client.get("/ni-sa-vi-gjorde/", params)


def test_a_change_shows_at_once_to_readers_of_the_cached_page(improvements, client, site_settings):
    # site_settings: saved before the first read, which would otherwise save them (a new
    # cache generation).
    from portal.pagecache.middleware import HIT_HEADER

    assert read(client)[HIT_HEADER] == "miss"
    assert read(client)[HIT_HEADER] == "hit"
    improvement = Improvement.objects.get(title="Mobiltelefoner till socialsekreterarna")
    before = read(client).content.decode().count(str(CHILD_STATUS_LABELS["done"]))
    improvement.change_status("done")
    after = read(client)
    assert after[HIT_HEADER] == "miss"
    assert after.content.decode().count(str(CHILD_STATUS_LABELS["done"])) == before + 1

    theme = Theme.objects.get(name="Om delaktighet")
    heading = improvement.child_title_for(MIDDLE)
    assert heading not in read(client, tema=theme.slug).content.decode()
    improvement.themes.add(theme)
    assert heading in read(client, tema=theme.slug).content.decode()


STAFF_WORDS = ("Återkoppling", "utan insats", "Om delaktighet", "Om att", "Om relationen")


@pytest.mark.parametrize("band", list(AgeBand))
def test_each_band_reads_headings_texts_and_themes_in_its_own_words(improvements, client, band):
    html = read(client, alder=band.value).content.decode()
    shown = Improvement.objects.filter(show_to_children=True).prefetch_related("themes")
    for improvement in shown:
        assert f">{improvement.child_title_for(band)}</h2>" in html, improvement.title
        assert improvement.child_summary_for(band) in html
        for theme in improvement.themes.all():
            assert theme.child_name_for(band) in html
    for word in STAFF_WORDS:
        assert word not in html, (band, word)
    # The theme filter keeps the band.
    assert f"?alder={band.value}&amp;tema=" in html


def test_an_empty_band_text_falls_back_to_9_12_and_then_to_the_title():
    improvement = Improvement.objects.create(
        title="Personalens rubrik", child_title="Barnens rubrik", show_to_children=True
    )
    assert improvement.child_title_for(AgeBand.YOUNG) == "Barnens rubrik"
    assert improvement.child_title_for(AgeBand.TEEN) == "Barnens rubrik"
    improvement.child_title = ""
    assert improvement.child_title_for(AgeBand.YOUNG) == "Personalens rubrik"
    theme = Theme.objects.create(name="Eget tema", slug="eget-tema")
    assert theme.child_name_for(AgeBand.TEEN) == "Eget tema"


def test_staff_edit_the_child_words_in_the_admin(improvements, client, django_user_model):
    user = django_user_model.objects.create_user("hl", password="x" * 16)
    user.groups.add(Group.objects.get(name=STAFF))
    client.force_login(user)
    improvement = Improvement.objects.filter(show_to_children=True).first()
    html = client.get(f"/admin/feedback/improvements/edit/{improvement.pk}/").content
    for field in ("child_title_5_8", "child_summary_5_8", "child_title", "child_title_13_18"):
        assert f'name="{field}"'.encode() in html, field
    assert html.count(b"data-lix-panel") == 3
    # Their own theme's child words; the model's shared four are a superuser's to change.
    theme = Theme.objects.create(name="Eget tema", slug="eget-tema")
    html = client.get(f"/admin/feedback/themes/edit/{theme.pk}/").content
    assert b'name="child_name_5_8"' in html and b'name="child_name_13_18"' in html
