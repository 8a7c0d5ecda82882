""" "Ni sa – vi gjorde": only what is marked for children, in words a child understands."""

import pytest

from feedback.models import CHILD_STATUS_LABELS, Improvement, Theme

pytestmark = pytest.mark.django_db


def test_only_improvements_marked_for_children_are_shown(client):
    html = client.get("/ni-sa-vi-gjorde/").content.decode()
    for improvement in Improvement.objects.all():
        assert (improvement.title in html) == improvement.show_to_children, improvement.title
    assert Improvement.objects.filter(show_to_children=False).exists()
    assert str(CHILD_STATUS_LABELS["done"]) in html
    assert "Avslutad utan åtgärd" not in html  # staff words stay in the admin


def test_newest_first_and_filtered_by_theme(client):
    shown = Improvement.objects.filter(show_to_children=True).order_by("-status_changed_on")
    html = client.get("/ni-sa-vi-gjorde/").content.decode()
    positions = [html.index(i.title) for i in shown]
    assert positions == sorted(positions)

    theme = Theme.objects.get(name="Om delaktighet")
    filtered = client.get("/ni-sa-vi-gjorde/", {"tema": theme.slug}).content.decode()
    for improvement in shown:
        in_theme = improvement.themes.filter(pk=theme.pk).exists()
        assert (improvement.title in filtered) == in_theme
    assert 'aria-current="page">Om delaktighet</a>' in filtered


def test_queries_do_not_grow_with_more_improvements(client, settings):
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


def test_a_change_shows_at_once_to_readers_of_the_cached_page(client):
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
    assert improvement.title not in read(client, tema=theme.slug).content.decode()
    improvement.themes.add(theme)
    assert improvement.title in read(client, tema=theme.slug).content.decode()
