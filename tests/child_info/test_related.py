"""'Läs också': the pages a child needs next, chosen by the editor or by shared situation."""

import re

import pytest
from wagtail.models import PageViewRestriction

from child_info.models import ChildInfoPage, RelatedTopic
from tests.factories import ChildInfoPageFactory, SituationFactory

from .test_admin import page_form

pytestmark = pytest.mark.django_db
SECTION = re.compile(r'<nav class="related-topics".*?</nav>', re.S)


def related_links(html):
    """[(href, text), ...] of the pages in the 'Läs också' section, in order (a phone number
    in a summary is a tel: link, not a topic)."""
    match = SECTION.search(html)
    if match is None:
        return []
    links = re.findall(r'<a href="([^"]*)">([^<]*)</a>', match.group(0))
    return [(href, text) for href, text in links if not href.startswith("tel:")]


def test_without_a_choice_pages_sharing_most_situations_are_shown(client, make_topic):
    home_trouble, meeting = (SituationFactory(title=t) for t in SITUATION_TITLES)
    ChildInfoPageFactory(situations=[home_trouble])
    ChildInfoPageFactory(situations=[meeting])
    ChildInfoPageFactory(situations=[home_trouble])
    sharing_both = ChildInfoPageFactory(situations=[home_trouble, meeting])
    ChildInfoPageFactory(situations=[SituationFactory()])  # shares none
    page = make_topic("ensam")
    page.situations.set([home_trouble, meeting])
    page.save_revision().publish()
    html = client.get(page.url, {"alder": "13-18"}).content.decode()
    links = related_links(html)
    assert len(links) == 3  # four pages share a situation; three are shown
    titles = [title for _, title in links]
    assert page.title not in titles
    both = set(home_trouble.pages.all()) & set(meeting.pages.all()) - {page}
    either = set(home_trouble.pages.all()) | set(meeting.pages.all())
    for href, title in links:
        assert href.endswith("?alder=13-18")
        assert ChildInfoPage.objects.get(title=title) in either
    assert both == {sharing_both}  # a page sharing both situations comes first
    assert titles[0] in {p.title for p in both}


def test_no_section_without_choice_or_situation(client, make_topic):
    page = make_topic("utan-grannar")
    html = client.get(page.url).content.decode()
    assert "related-topics" not in html


def test_unpublished_and_private_choices_are_left_out(client):
    first, second, third = (ChildInfoPageFactory() for _ in range(3))
    page = ChildInfoPageFactory(
        related_topics=[RelatedTopic(page=chosen) for chosen in (first, second, third)]
    )
    links = related_links(client.get(page.url).content.decode())
    assert [title for _, title in links] == [first.title, second.title, third.title]
    second.unpublish()
    PageViewRestriction.objects.create(page=third, restriction_type="login")
    links = related_links(client.get(page.url).content.decode())
    assert [title for _, title in links] == [first.title]


def test_an_editor_chooses_related_topics_in_the_admin(editor_client, index_page):
    url = f"/admin/pages/add/child_info/childinfopage/{index_page.pk}/"
    form = editor_client.get(url).content.decode()
    assert "related_topics-TOTAL_FORMS" in form
    assert "Läs också" in form
    contact = ChildInfoPageFactory(title="Så når du din soc", slug="kontakt")
    rights = ChildInfoPageFactory(title="Dina rättigheter", slug="dina-rattigheter")
    data = page_form("med-tips", "<p>Vi ses i dag.</p>", related=[rights, contact])
    data["action-publish"] = "action-publish"
    response = editor_client.post(url, data, follow=True)
    assert response.status_code == 200
    page = ChildInfoPage.objects.get(slug="med-tips")
    assert [t.page for t in RelatedTopic.objects.filter(source=page)] == [rights, contact]
    links = related_links(editor_client.get(page.url, {"alder": "5-8"}).content.decode())
    assert links == [
        (f"{rights.url}?alder=5-8", rights.title),
        (f"{contact.url}?alder=5-8", contact.title),
    ]


def test_a_page_cannot_be_its_own_related_topic(editor_client):
    page = ChildInfoPageFactory(slug="kontakt")
    url = f"/admin/pages/{page.pk}/edit/"
    data = page_form("kontakt", "<p>Vi ses i dag.</p>", related=[page])
    response = editor_client.post(url, data)
    assert response.status_code == 200  # the form is shown again, not saved
    assert "En sida kan inte tipsa om sig själv." in response.content.decode()


SITUATION_TITLES = ("Det är jobbigt hemma", "Jag ska träffa soc")
