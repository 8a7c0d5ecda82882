"""The demo's glossary: the demo page about 'orosanmälan' explains the word in every band."""

import pytest

from child_info.models import ChildInfoPage, GlossaryTerm
from home.age_bands import AgeBand
from tests.child_info.test_glossary import assert_well_formed

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("band", list(AgeBand))
def test_demo_page_explains_orosanmalan_for_the_band(client, band):
    page = ChildInfoPage.objects.get(slug="orosanmalan")
    term = GlossaryTerm.objects.get(term="orosanmälan")
    html = client.get(f"{page.url}?alder={band.value}").content.decode()
    assert f'id="forklaring-{term.anchor}"' in html
    assert term.explanation_for(band) in html
    main = html[html.index("<main") : html.index("</main>") + 7]
    assert_well_formed(main)


def test_the_demo_glossary_page_lists_every_term_a_to_o(client):
    html = client.get("/ordlista/?alder=5-8").content.decode()
    terms = GlossaryTerm.objects.all()
    for term in terms:
        assert f'id="{term.anchor}"' in html
        assert term.explanation_for(AgeBand.YOUNG) in html
    positions = {t.term: html.index(f'id="{t.anchor}"') for t in terms}
    assert positions["barnkonventionen"] < positions["familjehem"] < positions["vårdnadshavare"]
