"""The demo's improvements shown on "Ni sa – vi gjorde": each band has its own words, and
every band's texts are within its LIX target."""

import pytest

from child_info.readability.lix import lix
from child_info.readability.verdict import LIX_TARGETS, hard_sentences
from feedback.models import Improvement, Theme
from home.age_bands import AgeBand


def shown_to_children():
    shown = Improvement.objects.filter(show_to_children=True)
    assert shown.exists()
    return shown


def test_the_bands_differ_and_the_demo_writes_each_band_its_own_text():
    for improvement in shown_to_children():
        titles = {improvement.child_title_for(band) for band in AgeBand}
        summaries = {improvement.child_summary_for(band) for band in AgeBand}
        assert improvement.title not in titles, improvement.title
        assert len(titles) >= 2 and len(summaries) == 3, improvement.title
    themes = Theme.objects.filter(name__startswith="Om ")
    assert themes.exists()
    for theme in themes:
        assert theme.child_name_for(AgeBand.YOUNG) != theme.name


@pytest.mark.parametrize("band", list(AgeBand))
def test_child_texts_are_within_the_bands_lix_target(band):
    parts = []
    for improvement in shown_to_children():
        parts += [improvement.child_title_for(band), improvement.child_summary_for(band)]
    text = "\n".join(parts)
    assert lix(text) <= LIX_TARGETS[band], lix(text)
    assert hard_sentences(text, band) == []
