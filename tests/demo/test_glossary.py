"""The demo's glossary: the demo page about 'orosanmälan' explains the word in every band."""

import pytest

from child_info.models import ChildInfoPage, GlossaryTerm
from home.age_bands import AgeBand
from tests.child_info.test_glossary import assert_explained, listed_positions

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("band", list(AgeBand))
def test_demo_page_explains_orosanmalan_for_the_band(client, band):
    page = ChildInfoPage.objects.get(slug="orosanmalan")
    assert_explained(client, page, GlossaryTerm.objects.get(term="orosanmälan"), band)


def test_the_demo_glossary_page_lists_every_term_a_to_o(client):
    html = client.get("/ordlista/?alder=5-8").content.decode()
    positions = listed_positions(html)
    assert positions["barnkonventionen"] < positions["familjehem"] < positions["vårdnadshavare"]
