"""Glossary terms explained in place, per band, without breaking the HTML."""

from html.parser import HTMLParser

import pytest

from child_info.glossary import TermExplainer
from child_info.models import GlossaryTerm
from home.age_bands import AgeBand
from tests.factories import ChildInfoPageFactory, GlossaryTermFactory, glossary_page
from tests.factories.child_info import paragraph

pytestmark = pytest.mark.django_db

VOID = {"br", "img", "input", "hr", "meta", "link", "source", "wbr"}


class TagBalance(HTMLParser):
    def __init__(self):
        super().__init__()
        self.stack = []

    def handle_starttag(self, tag, attrs):
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, f"unbalanced </{tag}> in {self.stack}"
        self.stack.pop()


def assert_well_formed(html):
    parser = TagBalance()
    parser.feed(html)
    parser.close()
    assert parser.stack == []


@pytest.fixture
def term():
    return GlossaryTerm.objects.create(
        term="trollspegel",
        forms="trollspeglar, trollspegeln",
        explanation="Vuxenförklaring.",
        explanation_9_12="Mellanförklaring.",
        explanation_5_8="",
    )


def test_a_term_is_explained_once_after_its_block(term):
    explainer = TermExplainer([term], AgeBand.YOUNG, "/ordlista/?alder=5-8")
    html = explainer.process("<p>En Trollspegel och trollspeglar.</p>")
    assert '<span class="term">Trollspegel</span>' in html
    assert html.count('class="term"') == 1
    assert "<summary>" in html and "trollspegel" in html
    # 5–8 has no own text: it falls back to 9–12.
    assert "Mellanförklaring." in html
    assert f'href="/ordlista/?alder=5-8#{term.anchor}"' in html
    assert_well_formed(html)
    # Already explained on this page: the next block is left alone.
    assert explainer.process("<p>trollspegeln</p>") == "<p>trollspegeln</p>"


def test_links_headings_and_attributes_are_not_touched(term):
    explainer = TermExplainer([term], AgeBand.TEEN)
    source = (
        '<h2>Trollspegel</h2><p><a href="/x/" title="trollspegel">trollspegel</a> '
        '<img alt="trollspegel" src="/a.png"></p>'
    )
    assert explainer.process(source) == source.replace('href="/x/"', 'href="/x/?alder=13-18"')


def test_inflected_form_in_a_list_is_explained_and_html_stays_valid(term):
    html = TermExplainer([term], AgeBand.TEEN).process(
        "<ul><li>Två <b>trollspeglar</b></li></ul><p>Slut.</p>"
    )
    assert '<span class="term">trollspeglar</span>' in html
    assert "Vuxenförklaring." in html
    assert_well_formed(html)


def test_explanations_fall_back_to_the_next_older_band(term):
    assert term.explanation_for(AgeBand.YOUNG) == "Mellanförklaring."
    assert term.explanation_for(AgeBand.MIDDLE) == "Mellanförklaring."
    assert term.explanation_for(AgeBand.TEEN) == "Vuxenförklaring."
    term.explanation_9_12 = ""
    assert term.explanation_for(AgeBand.YOUNG) == "Vuxenförklaring."


@pytest.mark.parametrize("band", list(AgeBand))
def test_a_page_explains_a_term_for_the_band(client, band):
    glossary_page()
    term = GlossaryTermFactory(
        term="orosanmälan",
        explanation="Förklaring för stora.",
        explanation_9_12="Förklaring för mellan.",
        explanation_5_8="Förklaring för små.",
    )
    text = paragraph("Någon har gjort en <b>orosanmälan</b> till soc.")
    page = ChildInfoPageFactory(body_5_8=text, body_9_12=text, body_13_18=text)
    assert_explained(client, page, term, band)


def listed_positions(html):
    """Where the glossary page (read in 5–8) lists each term, having checked that it lists
    every term with its explanation for that band."""
    terms = GlossaryTerm.objects.all()
    for term in terms:
        assert f'id="{term.anchor}"' in html
        assert term.explanation_for(AgeBand.YOUNG) in html
    return {t.term: html.index(f'id="{t.anchor}"') for t in terms}


def assert_explained(client, page, term, band):
    """The page read in ``band`` explains ``term`` for that band, in well-formed HTML."""
    html = client.get(f"{page.url}?alder={band.value}").content.decode()
    assert f'id="forklaring-{term.anchor}"' in html
    assert term.explanation_for(band) in html
    main = html[html.index("<main") : html.index("</main>") + 7]
    assert_well_formed(main)


def test_glossary_page_lists_terms_a_to_o(client):
    glossary = glossary_page()
    for term in ("vårdnadshavare", "förhandsbedömning", "familjehem", "barnkonventionen"):
        GlossaryTermFactory(term=term)
    GlossaryTermFactory(term="utredning", explanation_5_8="Soc tar reda på hur du har det.")
    html = client.get(f"{glossary.url}?alder=5-8").content.decode()
    # Swedish order: å, ä, ö come after z; 'förhandsbedömning' is under F, 'vårdnadshavare' under V.
    positions = listed_positions(html)
    assert positions["barnkonventionen"] < positions["familjehem"] < positions["vårdnadshavare"]
    assert positions["familjehem"] < positions["förhandsbedömning"] < positions["utredning"]
    GlossaryTerm.objects.create(term="ögonblick", explanation="Kort stund.")
    GlossaryTerm.objects.create(term="åsikt", explanation="Vad man tycker.")
    html = client.get(glossary.url).content.decode()
    assert html.index("ord-vardnadshavare") < html.index("ord-asikt") < html.index("ord-ogonblick")
