"""Editors see hard sentences, not only the page's LIX, and one verdict per band everywhere."""

import re

import pytest

from child_info.models import ChildInfoPage
from child_info.readability.lix import sentences
from child_info.readability.verdict import LIX_TARGETS, SENTENCE_LIMITS, band_report, hard_sentences
from home.age_bands import AgeBand
from tests.factories import what_happened_page

from .test_admin import page_form

pytestmark = pytest.mark.django_db

SHORT = "Vi ses i dag. Du får fika. Vi går ut. Det blir bra. Du får fråga. "
# One sentence of 31 short words, the kind that passes on a page's average.
LONG_SENTENCE = (
    "När vi har pratat med dig och med dina föräldrar och med din skola och med de "
    "andra som vet hur du har det så gör vi en plan för dig."
)


def lix_panels(html):
    return re.findall(r"<div [^>]*data-lix-panel.*?</div>", html, re.S)


def test_sentences_are_counted_as_lix_counts_them():
    found = sentences("<h2>Vad händer sen</h2><p>Soc läser. Vi ringer dig, om du vill.</p>")
    assert [(s.text, s.words) for s in found] == [
        ("Vad händer sen", 3),
        ("Soc läser", 2),
        ("Vi ringer dig, om du vill", 6),
    ]
    assert sentences("Socialsekreteraren utreder")[0].long_words == 2


@pytest.mark.parametrize("band", list(AgeBand))
def test_a_sentence_over_the_band_limits_is_hard(band):
    limit = SENTENCE_LIMITS[band]
    at_limit = " ".join(["ord"] * limit["words"]) + "."
    over = " ".join(["ord"] * (limit["words"] + 1)) + "."
    many_long = " ".join(["krokodil"] * (limit["long_words"] + 1)) + "."
    assert hard_sentences(at_limit, band) == []
    (hard,) = hard_sentences(over, band)
    assert hard.too_long and not hard.too_many_long_words
    (hard,) = hard_sentences(many_long, band)
    assert hard.too_many_long_words


def test_edit_page_marks_a_long_sentence_that_the_average_hides(editor_client, make_topic):
    body = f"<p>{SHORT * 3}{LONG_SENTENCE}</p>"
    page = make_topic("lang-mening", body_13_18=body)
    report = band_report(page, ("summary_13_18", "body_13_18"), AgeBand.TEEN)
    assert report.readability.lix <= LIX_TARGETS[AgeBand.TEEN]  # the average passes
    html = editor_client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    panels = lix_panels(html)
    assert len(panels) == 3
    teen = next(p for p in panels if "13–18 år" in p)
    assert 'data-lix-hard-sentences="1"' in teen
    assert "Inom målet, men med svåra meningar:" in teen
    words = sentences(LONG_SENTENCE)[0].words
    assert words > SENTENCE_LIMITS[AgeBand.TEEN]["words"]
    assert f"{words} ord, för lång" in teen
    assert "När vi har pratat med dig" in teen
    assert "data-lix-above-target" not in teen
    young = next(p for p in panels if "5–8 år" in p)
    assert "Inom målet:" in young and "data-lix-hard-sentence" not in young
    assert "(mycket lätt text)" in young


def test_checks_panel_gives_the_same_verdict_per_band(editor_client, make_topic):
    page = make_topic("kontroll", body_13_18=f"<p>{SHORT}{LONG_SENTENCE}</p>")
    html = editor_client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    checks = dict(re.findall(r'data-lix-check="([^"]+)">([^<]*)<', html))
    assert set(checks) == {band.value for band in AgeBand}
    assert checks["13-18"].startswith("13–18 år: Inom målet, men med svåra meningar")
    assert "1 svår mening" in checks["13-18"]
    assert checks["5-8"].startswith("5–8 år: Inom målet (LIX")
    # Wagtail's own Good/Fair/Complex is not shown next to ours.
    assert re.search(r"<p hidden data-content-readability-score>", html)


def test_checks_panel_of_other_pages_keeps_wagtails_readability(admin_client):
    page = what_happened_page()
    html = admin_client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert "data-content-readability-score" in html
    assert "<p hidden data-content-readability-score>" not in html
    assert "data-lix-checks" not in html


def test_saving_warns_about_hard_sentences(editor_client, index_page):
    url = f"/admin/pages/add/child_info/childinfopage/{index_page.pk}/"
    body = f"<p>{SHORT}{LONG_SENTENCE}</p>"
    response = editor_client.post(url, page_form("svar-mening", body), follow=True)
    assert ChildInfoPage.objects.filter(slug="svar-mening").exists()
    messages = [str(m) for m in response.context["messages"]]
    assert any("5–8 år har 1 mening som är för lång" in m for m in messages), messages
