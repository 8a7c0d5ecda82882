"""Every internal URL, from the page tree and the URL conf, is closed to the wrong people."""

import pytest

from tests.factories import (
    ChildInfoPageFactory,
    HomePageFactory,
    StaffFactory,
    UserFactory,
    home_page,
    what_happened_page,
)

from .conftest import internal_admin_urls, internal_page_urls

pytestmark = pytest.mark.django_db


def test_the_lists_cover_the_whole_section(internal_index, report, improvement):
    section = internal_index.url
    pages = internal_page_urls()
    assert {section, report.url, f"{section}forbattringar/", f"{section}jamforelse/"} <= set(pages)
    admin = internal_admin_urls()
    assert f"/admin/feedback/improvements/edit/{improvement.pk}/" in admin
    assert any("/admin/feedback/responses/" in url for url in admin)
    assert len(admin) > 20


def test_anonymous_visitor_is_sent_to_the_site_login(report, client):
    for url in internal_page_urls():
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith("/logga-in/?next="), url


def test_anonymous_visitor_gets_no_internal_admin_view(improvement, client):
    for url in internal_admin_urls():
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith("/admin/login/"), url


@pytest.mark.parametrize("group", ["editor", None])
def test_wrong_group_cannot_read_internal_pages(report, client, request, group):
    user = request.getfixturevalue(group) if group else UserFactory()
    client.force_login(user)
    for url in internal_page_urls():
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith("/logga-in/"), url


def test_politician_reads_every_internal_page_but_never_the_admin(
    report, improvement, client, politician
):
    client.force_login(politician)
    for url in internal_page_urls():
        response = client.get(url)
        assert response.status_code == 200, url
        assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    for url in internal_admin_urls() + ["/admin/", "/admin/pages/"]:
        response = client.get(url)
        assert response.status_code in (302, 403), url


def test_staff_read_the_pages_and_edit_in_the_admin(client, staff, report, improvement):
    client.force_login(staff)
    for url in internal_page_urls():
        assert client.get(url).status_code == 200, url
    assert client.get(f"/admin/feedback/improvements/edit/{improvement.pk}/").status_code == 200
    assert client.get(f"/admin/pages/{report.pk}/edit/").status_code == 200
    assert client.get("/admin/feedback/improvements/add/").status_code == 200


def test_editor_has_no_rights_on_internal_pages_in_the_admin(
    client, editor, internal_index, report, improvement
):
    client.force_login(editor)
    for page in (internal_index, report):
        assert client.get(f"/admin/pages/{page.pk}/edit/").status_code in (302, 403, 404)
        assert client.get(f"/admin/pages/{page.pk}/delete/").status_code in (302, 403, 404)
    home = home_page()
    listing = client.get(f"/admin/pages/{home.pk}/").content.decode()
    assert internal_index.title not in listing
    # The public pages stay theirs.
    assert client.get(f"/admin/pages/{home.pk}/edit/").status_code == 200
    for url in internal_admin_urls():
        assert client.get(url).status_code in (302, 403), url


def test_internal_pages_are_not_in_sitemap_or_search(client, politician, internal_index, report):
    public = what_happened_page()
    sitemap = client.get("/sitemap.xml").content.decode()
    assert public.url in sitemap
    assert internal_index.url not in sitemap
    for word in ("Årsrapport", "intervjuer", "seminariet"):  # in the report's title and text
        assert internal_index.url not in client.get("/sok/", {"q": word}).content.decode()
    # There is no page API to leak through.
    assert client.get("/api/v2/pages/").status_code == 404


def test_a_new_internal_section_is_private_from_the_start(staff):
    from wagtail.models import PageViewRestriction

    from feedback.models import InternalIndexPage

    home = HomePageFactory()  # a home page without an internal section
    section = home.add_child(instance=InternalIndexPage(title="Internal", slug="internal"))
    restriction = PageViewRestriction.objects.get(page=section)
    assert restriction.restriction_type == PageViewRestriction.GROUPS
    assert sorted(restriction.groups.values_list("name", flat=True)) == ["Handläggare", "Politiker"]
    assert section.permissions_for_user(staff).can_edit()


def test_internal_page_refuses_outsiders_even_without_page_privacy(
    client, editor, internal_index, report
):
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.filter(page=internal_index).delete()
    assert client.get(report.url).status_code == 302
    client.force_login(editor)
    assert client.get(internal_index.url).status_code == 302


# The login page needs these before anyone has logged in: the page itself, password reset,
# the icon sprite and the admin's script translations.
ADMIN_PUBLIC = (
    "wagtailadmin_login",
    "wagtailadmin_password_reset",
    "wagtailadmin_sprite",
    "wagtailadmin_javascript_catalog",
)


def test_every_admin_url_without_arguments_is_closed_to_anonymous_visitors(client):
    from django.urls import reverse

    from .conftest import walk_urlconf

    checked = 0
    for namespace, name, pattern in walk_urlconf():
        full = f"{namespace}:{name}" if namespace else name
        if (
            getattr(pattern, "converters", None)
            or getattr(pattern, "regex", None)
            and (pattern.regex.groups)
        ):
            continue
        url = reverse(full)
        if not url.startswith("/admin/") or full.startswith(ADMIN_PUBLIC):
            continue
        response = client.get(url)
        assert response.status_code in (302, 403, 405), (url, response.status_code)
        if response.status_code == 302:
            assert response["Location"].startswith("/admin/login/"), url
        checked += 1
    assert checked > 50


def test_editor_finds_no_internal_page_in_admin_search_or_choosers(client, editor, staff, report):
    for user, sees in ((editor, False), (staff, True)):
        client.force_login(user)
        found = client.get("/admin/pages/search/results/", {"q": "Årsrapport"}).content.decode()
        assert (report.title in found) == sees
        chooser = client.get("/admin/choose-page/search/", {"q": "Årsrapport"}).content.decode()
        assert (report.title in chooser) == sees


def test_reviews_go_to_the_right_group(report):
    topic = ChildInfoPageFactory()
    public_task = topic.get_workflow().tasks.get().specific
    assert list(public_task.groups.values_list("name", flat=True)) == ["Redaktörer"]
    internal_task = report.get_workflow().tasks.get().specific
    assert list(internal_task.groups.values_list("name", flat=True)) == ["Handläggare"]


def test_staff_can_approve_a_report_submitted_for_review(client, staff, report):
    report.title = f"{report.title} (granskad)"
    revision = report.save_revision(user=staff)
    workflow_state = report.get_workflow().start(report, staff)
    task_state = workflow_state.current_task_state
    assert task_state.task.specific.user_can_access_editor(report, staff)
    reviewer = StaffFactory()
    task_state.task.specific.on_action(task_state, reviewer, "approve")
    report.refresh_from_db()
    assert report.live_revision_id == revision.pk
