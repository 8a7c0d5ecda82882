"""Whole pages cached for anonymous readers; an edit shows at once; staff never get a copy."""

import pytest
from django.test import Client
from wagtail.models import PageViewRestriction

from child_info.models import GlossaryTerm
from portal.pagecache.middleware import HIT_HEADER
from portal.security.roles import EDITORS, STAFF
from tests.factories import (
    ChildInfoPageFactory,
    FeedbackPageFactory,
    ImprovementFactory,
    PoliticianFactory,
    UserFactory,
    YearlyReportPageFactory,
    english_home,
    glossary_page,
    home_page,
    what_happened_page,
)
from tests.factories.municipalities import first_municipality


@pytest.fixture(autouse=True)
def settings_saved(site_settings):
    """The site's settings exist, as after setup (the demo and add_municipality make them):
    otherwise the first page read makes them, and that save starts a new cache generation."""
    return site_settings


@pytest.fixture
def topic(db):
    """An information page (its text differs per band), read at ``topic.url``."""
    return ChildInfoPageFactory(title="Om orosanmälan")


def read(url, **extra):
    response = Client().get(url, **extra)
    assert response.status_code == 200, url
    return response


def test_second_anonymous_request_is_served_without_the_database(
    public_pages, public_urls, django_assert_num_queries
):
    (form,) = (page for page in public_pages if page._meta.label == "feedback.FeedbackPage")
    cached = [url for url in public_urls if not url.startswith(("/sok/", form.url))]
    for url in cached:
        first = read(url)
        assert first[HIT_HEADER] == "miss", url
        with django_assert_num_queries(0):
            second = read(url)
        assert second[HIT_HEADER] == "hit", url
        assert second.content == first.content
        # The cached copy carries the same security headers.
        for header in (
            "Content-Security-Policy",
            "Permissions-Policy",
            "Referrer-Policy",
            "X-Frame-Options",
            "X-Content-Type-Options",
        ):
            assert second[header] == first[header], (url, header)
        assert not second.cookies


def test_each_band_and_language_is_its_own_copy(topic):
    young = read(f"{topic.url}?alder=5-8").content
    old = read(f"{topic.url}?alder=13-18").content
    assert young != old
    assert read(f"{topic.url}?alder=5-8").content == young
    english = english_home().url
    assert read(english)[HIT_HEADER] == "miss"
    assert '<html lang="en">' in read(english).content.decode()
    assert '<html lang="sv">' in read("/").content.decode()


def test_other_query_parameters_are_not_cached(topic):
    for query in ("utm_source=x", "alder=5-8&x=1", "alder=5-8&alder=9-12"):
        url = f"{topic.url}?{query}"
        read(url)
        assert HIT_HEADER not in read(url), url


def test_a_publish_shows_the_new_title_at_once(topic):
    index = topic.get_parent().url
    assert "Om orosanmälan" in read(topic.url).content.decode()
    assert read(topic.url)[HIT_HEADER] == "hit"
    assert "Om orosanmälan" in read(index).content.decode()
    topic.title = "Ny rubrik om orosanmälan"
    topic.save_revision().publish()
    response = read(topic.url)
    assert response[HIT_HEADER] == "miss"
    assert "Ny rubrik om orosanmälan" in response.content.decode()
    # Lists on other pages follow too.
    assert "Ny rubrik om orosanmälan" in read(index).content.decode()


def test_a_draft_changes_nothing_for_readers_until_published(topic):
    before = read(topic.url).content
    topic.title = "Utkast som inte är publicerat"
    topic.save_revision()
    assert read(topic.url).content == before


def test_unpublish_delete_and_move_are_seen_at_once(topic):
    url = topic.url
    read(url)
    topic.unpublish()
    assert Client().get(url).status_code == 404
    other = ChildInfoPageFactory()
    other_url = other.url
    read(other_url)
    other.delete()
    assert Client().get(other_url).status_code == 404
    moved = ChildInfoPageFactory()
    moved_url, index = moved.url, moved.get_parent().url
    read(moved_url)
    assert f'href="{moved_url}' in read(index).content.decode()
    moved.move(home_page(), pos="last-child")  # index -> home
    assert Client().get(moved_url).status_code != 200  # 404, or Wagtail's redirect
    assert f'href="{moved_url}' not in read(index).content.decode()


def test_snippet_and_site_settings_changes_are_seen_at_once(site_settings):
    glossary = glossary_page().url
    read(glossary)
    read("/")
    GlossaryTerm.objects.create(term="Zebralagen", explanation="Ett påhittat ord för testet.")
    assert "Zebralagen" in read(glossary).content.decode()
    site_settings.municipality_name = "Testköping"
    site_settings.save()
    assert "Testköping" in read("/").content.decode()


def test_logged_in_users_never_get_the_cached_copy(topic, admin_client):
    anonymous = read(topic.url)
    assert anonymous[HIT_HEADER] == "miss"
    staff = admin_client.get(topic.url)
    assert HIT_HEADER not in staff
    assert "wagtail-userbar" in staff.content.decode()
    # ... and what staff saw is never stored for readers.
    again = read(topic.url)
    assert again[HIT_HEADER] == "hit"
    assert "wagtail-userbar" not in again.content.decode()


def test_feedback_form_thanks_and_search_are_never_cached(topic):
    form = FeedbackPageFactory().url
    for url in (form, f"{form}tack/", "/sok/?q=orosanmälan"):
        first = read(url)
        second = read(url)
        assert HIT_HEADER not in first and HIT_HEADER not in second, url
    assert "no-store" in read(form)["Cache-Control"]


@pytest.mark.parametrize("kind", [PageViewRestriction.LOGIN, PageViewRestriction.PASSWORD])
def test_pages_with_view_restrictions_are_never_cached(topic, kind):
    restriction = PageViewRestriction.objects.create(
        page=topic.get_parent(), restriction_type=kind, password="hemligt-losenord"
    )
    for _ in range(2):
        response = Client().get(topic.url)
        assert HIT_HEADER not in response
    if kind == PageViewRestriction.LOGIN:
        assert response.status_code == 302
        reader = Client()
        reader.force_login(PoliticianFactory())
        assert reader.get(topic.url).status_code == 200
    else:
        assert response.status_code == 200  # the password form
        assert "hemligt" not in response.content.decode()
    assert HIT_HEADER not in Client().get(topic.url)
    restriction.delete()
    assert read(topic.url)[HIT_HEADER] == "miss"
    assert read(topic.url)[HIT_HEADER] == "hit"


def test_previews_are_never_cached_nor_served_from_the_cache(topic, admin_client):
    read(topic.url)
    revision = topic.save_revision()
    topic.title = "Förhandsvisad rubrik"
    revision = topic.save_revision()
    preview = admin_client.get(f"/admin/pages/{topic.pk}/revisions/{revision.pk}/view/")
    assert "Förhandsvisad rubrik" in preview.content.decode()
    assert "Förhandsvisad rubrik" not in read(topic.url).content.decode()


def test_a_disabled_cache_stores_nothing(topic, settings):
    settings.PAGE_CACHE_SECONDS = 0
    read(topic.url)
    assert HIT_HEADER not in read(topic.url)


def test_a_waiting_message_or_an_authorization_header_bypasses_the_cache(topic):
    read(topic.url)
    assert read(topic.url)[HIT_HEADER] == "hit"
    reader = Client()
    reader.cookies["messages"] = "x"
    assert HIT_HEADER not in reader.get(topic.url)
    assert HIT_HEADER not in Client().get(topic.url, HTTP_AUTHORIZATION="Basic eDp5")


def test_a_deploy_migrate_starts_a_new_generation(topic):
    from django.core.management import call_command

    read(topic.url)
    assert read(topic.url)[HIT_HEADER] == "hit"
    call_command("migrate", verbosity=0)
    assert read(topic.url)[HIT_HEADER] == "miss"


# What leaves the cache warm, and what empties it, done as people do it
# (portal/pagecache/invalidation.py lists it).


def warm(url):
    read(url)
    assert read(url)[HIT_HEADER] == "hit", url


def test_an_answer_posted_through_the_form_leaves_pages_warm(topic):
    import re

    from feedback.models import FeedbackResponse
    from tests.feedback.conftest import started_token

    form_page = FeedbackPageFactory()
    warm_urls = (topic.url, what_happened_page().url)
    for url in warm_urls:
        warm(url)
    child = Client()
    form = child.get(form_page.url).content.decode()
    action = re.search(r'<form[^>]+action="(/svara/\d+/)"', form).group(1)
    before = FeedbackResponse.objects.count()
    sent = child.post(
        action, {"started": started_token(), "treatment": "4", "good_text": "Hon lyssnade."}
    )
    assert sent.status_code == 302
    assert FeedbackResponse.objects.count() == before + 1
    for url in warm_urls:
        assert read(url)[HIT_HEADER] == "hit", url


def page_edit_data(page, **changes):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

    data = {
        "title": page.title,
        "slug": page.slug,
        "intro": rich_text(page.intro),
        "comments": inline_formset([]),
        **changes,
    }
    return nested_form_data(data)


def test_a_draft_saved_in_the_admin_leaves_pages_warm_and_its_publish_empties_them(topic):
    page = what_happened_page()
    warm(page.url)
    warm(topic.url)
    editor = Client()
    editor.force_login(UserFactory(in_group=EDITORS))
    url = f"/admin/pages/{page.pk}/edit/"
    draft = editor.post(url, {**page_edit_data(page, title="Ett utkast"), "action-draft": "1"})
    assert draft.status_code == 302, draft.content.decode()[:2000]
    page.refresh_from_db()
    assert page.get_latest_revision().as_object().title == "Ett utkast"
    for path in (page.url, topic.url):
        response = read(path)
        assert response[HIT_HEADER] == "hit", path
        assert "Ett utkast" not in response.content.decode()

    published = editor.post(
        url, {**page_edit_data(page, title="Ni sa och vi gjorde"), "action-publish": "1"}
    )
    assert published.status_code == 302
    response = read(page.url)
    assert response[HIT_HEADER] == "miss"
    assert "Ni sa och vi gjorde" in response.content.decode()


def test_a_yearly_report_draft_leaves_pages_warm(topic):
    from tests.internal.test_yearly_report import edit_data

    report = YearlyReportPageFactory()
    warm(topic.url)
    staff = Client()
    staff.force_login(UserFactory(in_group=STAFF))
    response = staff.post(
        f"/admin/pages/{report.pk}/edit/",
        edit_data(report, [("Jag fick bestämma.", False)], "action-draft"),
    )
    assert response.status_code == 302
    assert read(topic.url)[HIT_HEADER] == "hit"


def test_a_danger_word_edit_leaves_pages_warm(topic):
    from feedback.models import DangerWord

    warm(topic.url)
    staff = Client()
    staff.force_login(UserFactory(in_group=STAFF))
    # The staff's own municipality's word (the shared list is a superuser's to change).
    word = DangerWord.objects.create(municipality=first_municipality(), word="låser in")
    edited = staff.post(f"/admin/feedback/danger-words/edit/{word.pk}/", {"word": "låser in mig"})
    added = staff.post("/admin/feedback/danger-words/add/", {"word": "hotar mig"})
    assert edited.status_code == added.status_code == 302
    assert set(DangerWord.objects.values_list("word", flat=True)) >= {"låser in mig", "hotar mig"}
    assert read(topic.url)[HIT_HEADER] == "hit"


def test_an_improvement_shown_to_children_edited_in_the_admin_shows_at_once(db):
    from django.urls import reverse

    from tests.internal.test_improvements import edit_form

    improvement = ImprovementFactory(show_to_children=True)
    what_happened = what_happened_page().url
    warm(what_happened)
    staff = Client()
    staff.force_login(UserFactory(in_group=STAFF))
    url = reverse("wagtailsnippets_feedback_improvement:edit", args=[improvement.pk])
    text = "Nu får du ett sms innan vi ses."
    response = staff.post(url, edit_form(improvement, child_summary=text))
    assert response.status_code == 302
    page = read(what_happened)
    assert page[HIT_HEADER] == "miss"
    assert text in page.content.decode()
