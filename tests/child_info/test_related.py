"""'Läs också': the pages a child needs next, chosen by the editor or by shared situation."""

import re

import pytest
from wagtail.models import PageViewRestriction

from child_info.demo.topics import RELATED
from child_info.models import ChildInfoIndexPage, ChildInfoPage, RelatedTopic, Situation
from home.age_bands import AgeBand

from .test_admin import editor_client, page_form  # noqa: F401 - fixture

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


@pytest.mark.parametrize("band", [None, *AgeBand])
def test_every_demo_page_links_to_its_chosen_topics_keeping_the_band(client, band):
    pages = {page.slug: page for page in ChildInfoPage.objects.live()}
    assert set(RELATED) == {slug for slug in pages if slug in RELATED} and len(RELATED) == 10
    for slug, chosen in RELATED.items():
        query = {"alder": band.value} if band else {}
        html = client.get(pages[slug].url, query).content.decode()
        expected = [
            (pages[other].url + (f"?alder={band.value}" if band else ""), pages[other].title)
            for other in chosen
        ]
        assert related_links(html) == expected, slug
        version = pages[chosen[0]].version(band or AgeBand.MIDDLE)
        assert version.summary in SECTION.search(html).group(0)


def test_without_a_choice_pages_sharing_most_situations_are_shown(client, make_topic):
    home_trouble, meeting = (Situation.objects.get(title=t) for t in SITUATION_TITLES)
    page = make_topic("ensam")
    page.situations.set([home_trouble, meeting])
    page.save_revision().publish()
    html = client.get(page.url, {"alder": "13-18"}).content.decode()
    links = related_links(html)
    assert 1 <= len(links) <= 3
    titles = [title for _, title in links]
    assert page.title not in titles
    both = set(home_trouble.pages.all()) & set(meeting.pages.all()) - {page}
    either = set(home_trouble.pages.all()) | set(meeting.pages.all())
    for href, title in links:
        assert href.endswith("?alder=13-18")
        assert ChildInfoPage.objects.get(title=title) in either
    if both:  # a page sharing both situations comes first
        assert titles[0] in {p.title for p in both}


def test_no_section_without_choice_or_situation(client, make_topic):
    page = make_topic("utan-grannar")
    html = client.get(page.url).content.decode()
    assert "related-topics" not in html


def test_unpublished_and_private_choices_are_left_out(client):
    page = ChildInfoPage.objects.get(slug="orosanmalan")
    first, second, third = (ChildInfoPage.objects.get(slug=s) for s in RELATED["orosanmalan"])
    second.unpublish()
    PageViewRestriction.objects.create(page=third, restriction_type="login")
    links = related_links(client.get(page.url).content.decode())
    assert [title for _, title in links] == [first.title]


def test_an_editor_chooses_related_topics_in_the_admin(editor_client):  # noqa: F811
    index = ChildInfoIndexPage.objects.get(slug="om-soc")
    url = f"/admin/pages/add/child_info/childinfopage/{index.pk}/"
    form = editor_client.get(url).content.decode()
    assert "related_topics-TOTAL_FORMS" in form
    assert "Läs också" in form
    contact, rights = (ChildInfoPage.objects.get(slug=s) for s in ("kontakt", "dina-rattigheter"))
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


def test_a_page_cannot_be_its_own_related_topic(editor_client):  # noqa: F811
    page = ChildInfoPage.objects.get(slug="kontakt")
    url = f"/admin/pages/{page.pk}/edit/"
    data = page_form("kontakt", "<p>Vi ses i dag.</p>", related=[page])
    response = editor_client.post(url, data)
    assert response.status_code == 200  # the form is shown again, not saved
    assert "En sida kan inte tipsa om sig själv." in response.content.decode()


SITUATION_TITLES = ("Det är jobbigt hemma", "Jag ska träffa soc")
