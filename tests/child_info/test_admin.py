"""Editors write the three versions in the admin and are warned about hard text."""

import pytest
from django.test import RequestFactory
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from child_info.models import ChildInfoPage
from child_info.readability.panel import LixPanel
from home.age_bands import AgeBand
from tests.factories import ChildInfoPageFactory, StaffFactory

pytestmark = pytest.mark.django_db

HARD = (
    "<p>Socialnämndens handläggningsrutiner beträffande förhandsbedömningar "
    "förutsätter kommunövergripande samverkansöverenskommelser.</p>"
)


def page_form(slug, body_5_8, related=()):
    return nested_form_data(
        {
            "title": "En ny sida",
            "slug": slug,
            "summary_5_8": "Om en ny sida.",
            "summary_9_12": "Om en ny sida.",
            "summary_13_18": "Om en ny sida.",
            "body_5_8": streamfield([("paragraph", rich_text(body_5_8))]),
            "body_9_12": streamfield([("paragraph", rich_text("<p>Här står det lite.</p>"))]),
            "body_13_18": streamfield([("paragraph", rich_text("<p>Här står det mer.</p>"))]),
            "related_topics": inline_formset([{"page": page.pk} for page in related]),
        }
    )


def test_editor_creates_a_page_with_three_versions_and_is_warned_above_target(
    editor_client, index_page
):
    url = f"/admin/pages/add/child_info/childinfopage/{index_page.pk}/"
    form = editor_client.get(url).content.decode()
    for band in AgeBand:
        assert str(band.label) in form  # one tab per band
    response = editor_client.post(url, page_form("ny-sida", HARD), follow=True)
    assert response.status_code == 200
    page = ChildInfoPage.objects.get(slug="ny-sida")
    assert "Socialnämndens" in str(page.get_latest_revision_as_object().body_5_8)
    messages = [str(m) for m in response.context["messages"]]
    assert any("5–8 år" in m and "över målet 25" in m for m in messages), messages
    assert not any("13–18 år" in m for m in messages)


def test_no_warning_for_easy_text(editor_client, index_page):
    url = f"/admin/pages/add/child_info/childinfopage/{index_page.pk}/"
    response = editor_client.post(url, page_form("latt-sida", "<p>Vi ses i dag.</p>"), follow=True)
    assert ChildInfoPage.objects.filter(slug="latt-sida").exists()
    assert not any("över målet" in str(m) for m in response.context["messages"])


def test_editors_can_manage_the_glossary(editor_client):
    assert editor_client.get("/admin/snippets/child_info/glossaryterm/").status_code == 200
    assert editor_client.get("/admin/snippets/child_info/glossaryterm/add/").status_code == 200
    assert editor_client.get("/admin/snippets/child_info/situation/").status_code == 200


def test_lix_panel_works_on_a_plain_text_field(admin_user):
    """The panel is generic: any text field, any band (the improvements' summary reuses it)."""
    page = ChildInfoPageFactory()
    page.summary_5_8 = "Socialnämndens handläggningsrutiner förutsätter samverkansöverenskommelser."
    panel = LixPanel("summary_5_8", band=AgeBand.YOUNG).bind_to_model(ChildInfoPage)
    request = RequestFactory().get("/")
    request.user = admin_user
    html = panel.get_bound_panel(instance=page, request=request, form=None).render_html()
    assert "data-lix-above-target" in html
    assert "målet för 5–8 år är högst 25" in html
    page.summary_5_8 = "Vi ses i dag."
    html = panel.get_bound_panel(instance=page, request=request, form=None).render_html()
    assert "Inom målet:" in html
    assert "data-lix-above-target" not in html


def test_readability_report_lists_each_version_and_marks_hard_ones(editor_client, make_topic):
    easy_pages = [make_topic("latt-sida"), make_topic("kort-sida")]
    hard_page = make_topic("svar-sida", body_9_12=HARD)
    html = editor_client.get("/admin/reports/lasbarhet/").content.decode()
    for page in easy_pages:
        assert f'href="/admin/pages/{page.pk}/edit/"' in html
    row = html[html.index(f'href="/admin/pages/{hard_page.pk}/edit/"') :]
    row = row[: row.index("</tr>")]
    assert row.count("data-lix-above-target") == 1
    assert "över målet" in row
    assert html.count("data-lix-above-target") == 1  # the easy pages are within every target


def test_readability_report_is_for_page_editors_only(client):
    client.force_login(StaffFactory())
    response = client.get("/admin/reports/lasbarhet/")
    assert response.status_code in (302, 403)
