"""The demo pages answer what children ask, in every band, as rendered for the reader."""

import re

import pytest
from django.utils.html import strip_tags

from home.age_bands import AgeBand

pytestmark = pytest.mark.django_db
ALL = tuple(AgeBand)
YOUNG, MIDDLE, TEEN = ALL

# (page, bands, what the rendered version must say: each a regular expression)
ANSWERS = [
    # Talked to without the guardians' consent or presence, and the child decides what to say.
    ("traffa-soc", ALL, [r"utan (mamma och pappa|att dina (föräldrar|vårdnadshavare) är med)"]),
    ("traffa-soc", ALL, [r"(säga|sagt) ja|om lov", r"bestämmer( själv)? vad du vill"]),
    ("traffa-soc", (TEEN,), [r"SoL 11 kap\. 10 §"]),
    ("dina-rattigheter", ALL, [r"utan (mamma och pappa|att dina)", r"bestämmer( själv)? vad"]),
    ("dina-rattigheter", (TEEN,), [r"SoL 11 kap\. 10 §"]),
    # Where and how to meet and keep in touch, on the meeting page itself.
    ("traffa-soc", ALL, [r"välja var|bestämma var|påverka var", r"sms", r"mejl", r"ringa|telefon"]),
    # Feedback when an investigation ends without measures, and how to ask for it.
    (
        "traffa-soc",
        ALL,
        [
            r"(även|också) (när|om) (det inte blir|utredningen avslutas)",
            r"fråga|be om återkoppling",
        ],
    ),
    ("kontakt", ALL, [r"kom fram till", r"fråga|be om den"]),
    ("kontakt", (MIDDLE, TEEN), [r"även (om|när) det inte blir"]),
    ("orosanmalan", ALL, [r"kom(mit)? fram till", r"fråga|be om det"]),
    # Confidentiality with concrete examples.
    ("sekretess", ALL, [r"berättar inte|stannar hos soc", r"slår|gör dig illa|fara"]),
    ("sekretess", (MIDDLE, TEEN), [r"Exempel: det här stannar hos soc", r"Exempel: det här kan"]),
    # Why children are placed, never their fault, the right to be told why.
    ("bo-inte-hemma", ALL, [r"Varför\?", r"aldrig (barnets|ditt) fel", r"veta varför"]),
    ("bo-inte-hemma", ALL, [r"slår|våld", r"sjuk"]),
    # Complaints step by step: social worker, manager, IVO, JO.
    ("dina-rattigheter", ALL, [r"chefen|chef\.", r"socialsekreterare|din soc"]),
    # From 15: speaking for yourself and appealing.
    ("dina-rattigheter", ALL, [r"15 år|fyller 15"]),
    ("dina-rattigheter", (MIDDLE, TEEN), [r"egen talan", r"överklaga"]),
    ("dina-rattigheter", (TEEN,), [r"förvaltningsrätten", r"tre veckor", r"SoL och LVU"]),
]


def version_html(client, slug, band):
    html = client.get(f"/om-soc/{slug}/", {"alder": band.value}).content.decode()
    return html[html.index('id="version-text"') : html.index("</article>")]


@pytest.mark.parametrize(
    ("slug", "band", "patterns"),
    [(slug, band, patterns) for slug, bands, patterns in ANSWERS for band in bands],
)
def test_the_page_answers(client, slug, band, patterns):
    text = " ".join(strip_tags(version_html(client, slug, band)).split())
    for pattern in patterns:
        assert re.search(pattern, text, re.I), (slug, band.value, pattern)


@pytest.mark.parametrize("band", ALL)
def test_complaints_are_numbered_steps_with_links_to_ivo_and_jo(client, band):
    html = version_html(client, "dina-rattigheter", band)
    steps = re.search(r"<ol>(.*?)</ol>", html, re.S).group(1)
    assert steps.count("<li>") >= 3
    assert '<a href="https://www.ivo.se/"' in steps
    assert '<a href="https://www.jo.se/"' in steps
    # The first step is the social worker, then the manager.
    items = re.findall(r"<li>(.*?)</li>", steps, re.S)
    assert re.search(r"soc|socialsekreterare", items[0]) and "chef" in items[1]


@pytest.mark.parametrize("band", ALL)
def test_why_comes_before_the_glossary_boxes_pile_up(client, band):
    """'Varför?' is reached after at most one explanation box."""
    html = version_html(client, "bo-inte-hemma", band)
    before = html[: html.index("Varför?")]
    assert before.count('class="term-explanation"') <= 1
