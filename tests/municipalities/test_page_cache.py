"""The page cache per municipality: a change in one municipality empties its own pages only;
a change every municipality shows (a glossary term, a shared theme) empties them all."""

import pytest
from django.test import Client

from child_info.models import GlossaryTerm
from feedback.models import Theme
from home.models import SiteSettings
from portal.pagecache.middleware import HIT_HEADER
from tests.factories import (
    ChildInfoPageFactory,
    ImprovementFactory,
    ThemeFactory,
    what_happened_page,
)
from tests.factories.municipalities import first_municipality, new_municipality

pytestmark = pytest.mark.django_db

PAGES = ("/", "/ni-sa-vi-gjorde/")


@pytest.fixture
def two():
    """Two municipalities with their settings saved (as after setup) and their pages warm."""
    first, second = first_municipality(), new_municipality("Sundsvik")
    for municipality in (first, second):
        SiteSettings.for_site(municipality.site).save()
    what_happened_page()  # the first municipality's (a new one starts with its own)
    for municipality in (first, second):
        for path in PAGES:
            read(municipality, path)
            assert read(municipality, path)[HIT_HEADER] == "hit"
    return first, second


def read(municipality, path):
    response = Client().get(path, HTTP_HOST=municipality.site.hostname)
    assert response.status_code == 200, (municipality, path)
    return response


def warm(municipality):
    return {path: read(municipality, path)[HIT_HEADER] for path in PAGES}


def test_a_publish_in_one_municipality_leaves_the_other_warm(two):
    first, second = two
    home = second.site.root_page.specific
    home.title = "Sundsvik startar om"
    home.save_revision().publish()
    assert warm(second) == {"/": "miss", "/ni-sa-vi-gjorde/": "miss"}
    assert "Sundsvik startar om" in read(second, "/").content.decode()
    assert warm(first) == {"/": "hit", "/ni-sa-vi-gjorde/": "hit"}


def test_one_municipality_s_settings_empty_its_own_pages(two):
    first, second = two
    settings = SiteSettings.for_site(first.site)
    settings.socialjour_phone = "0123-456 789"
    settings.save()
    assert warm(first)["/"] == "miss"
    assert warm(second) == {"/": "hit", "/ni-sa-vi-gjorde/": "hit"}


def test_an_improvement_empties_only_its_municipality_s_pages(two):
    first, second = two
    ImprovementFactory(
        municipality=second, title="Vi ringer tillbaka", show_to_children=True, status="done"
    )
    assert warm(second)["/ni-sa-vi-gjorde/"] == "miss"
    assert warm(first) == {"/": "hit", "/ni-sa-vi-gjorde/": "hit"}


def test_an_own_theme_empties_its_municipality_a_shared_one_every_one(two):
    first, second = two
    ThemeFactory(name="Om lov", municipality=second)
    assert warm(second)["/ni-sa-vi-gjorde/"] == "miss"
    assert warm(first)["/ni-sa-vi-gjorde/"] == "hit"
    shared = Theme.objects.filter(municipality=None).first()
    shared.child_name = "Att prata med soc"
    shared.save()
    assert warm(first)["/ni-sa-vi-gjorde/"] == "miss"
    assert warm(second)["/ni-sa-vi-gjorde/"] == "miss"


def test_a_glossary_term_empties_every_municipality(two):
    first, second = two
    GlossaryTerm.objects.create(term="ordet", explanation="Vad ordet betyder.")
    assert warm(first)["/"] == "miss"
    assert warm(second)["/"] == "miss"


def test_an_alias_in_another_municipality_is_emptied_with_its_original(two):
    first, second = two
    original = ChildInfoPageFactory(parent=first.site.root_page, title="Gemensam sida")
    original.create_alias(parent=second.site.root_page, update_slug="gemensam-sida")
    for municipality in (first, second):
        read(municipality, "/gemensam-sida/")
        assert read(municipality, "/gemensam-sida/")[HIT_HEADER] == "hit"
    read(first, "/")
    original.title = "Gemensam sida, ny"
    original.save_revision().publish()
    assert read(second, "/gemensam-sida/")[HIT_HEADER] == "miss"
    assert "Gemensam sida, ny" in read(second, "/gemensam-sida/").content.decode()
    assert read(first, "/gemensam-sida/")[HIT_HEADER] == "miss"
