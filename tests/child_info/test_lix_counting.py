"""LIX on hand-counted Swedish samples."""

import pytest

from child_info.readability.lix import analyse, lix


@pytest.mark.parametrize(
    ("text", "words", "sentences", "long_words", "expected"),
    [
        # Jag heter Anna. | Jag är åtta år.  7 words, 2 sentences, no long word: 3.5 + 0
        ("Jag heter Anna. Jag är åtta år.", 7, 2, 0, 3.5),
        # 8 words, 1 sentence; long: Socialtjänsten, hjälper, familjer, behöver (4): 8 + 50
        ("Socialtjänsten hjälper barn och familjer som behöver stöd.", 8, 1, 4, 58.0),
        # 'Du får ringa.' (3) 'Vi lyssnar på dig!' (4) 'Vill du fråga något?' (4)
        # 11 words, 3 sentences, long: lyssnar (7) → 11/3 + 100/11 = 3.67 + 9.09
        ("Du får ringa. Vi lyssnar på dig! Vill du fråga något?", 11, 3, 1, 12.8),
        # 6 letters is not long: 'skolan' (6), 'mamma'; 'utredning' (9) is.
        ("Skolan ringde mamma om utredningen.", 5, 1, 1, 25.0),
    ],
)
def test_lix_on_hand_counted_samples(text, words, sentences, long_words, expected):
    result = analyse(text)
    assert (result.words, result.sentences, result.long_words) == (words, sentences, long_words)
    assert result.lix == expected


def test_html_blocks_end_sentences():
    html = "<h2>Vad är soc</h2><p>Soc hjälper barn. Soc lyssnar.</p><ul><li>Ring</li></ul>"
    result = analyse(html)
    assert result.sentences == 4
    assert result.words == 9


def test_empty_text_has_lix_zero():
    assert lix("") == 0.0
    assert lix("<p></p>") == 0.0
