"""LIX per age version: counted on the prose of a page, shown in the admin next to the target."""

import pytest
from django.utils import translation

from child_info.models import ChildInfoPage
from child_info.readability.lix import analyse, lix, stream_text
from tests.factories import ChildInfoPageFactory

pytestmark = pytest.mark.django_db


def test_stream_text_reads_headings_paragraphs_and_boxes_but_not_images(image):
    created = ChildInfoPageFactory(
        body_5_8=[
            {"type": "image", "value": {"image": image.pk, "alt_text": "Ett papper med text"}},
            {"type": "paragraph", "value": "<p>Någon har ringt till soc.</p>"},
            {"type": "heading", "value": {"text": "Vad händer sen?"}},
            {"type": "paragraph", "value": "<p>Soc läser det samma dag.</p>"},
            {
                "type": "callout",
                "value": {"title": "Bra att veta", "text": "<p>Du har inte gjort något fel.</p>"},
            },
        ]
    )
    page = ChildInfoPage.objects.get(pk=created.pk)
    text = stream_text(page.body_5_8)
    assert "Vad händer sen?" in text
    assert "Soc läser det samma dag." in text
    assert "Du har inte gjort något fel." in text
    assert "Ett papper med text" not in text  # the illustration's alt text
    # Heading 'Vad händer sen?' (3 words) is a sentence of its own.
    assert analyse("<h2>Vad händer sen</h2><p>Soc läser.</p>").sentences == 2


def test_admin_shows_lix_per_band_and_marks_a_version_above_target(admin_client, make_topic):
    hard = (
        "<p>Socialnämndens handläggningsrutiner beträffande förhandsbedömningar "
        "förutsätter kommunövergripande samverkansöverenskommelser mellan myndigheterna.</p>"
    )
    page = make_topic("svar", body_5_8=hard)
    html = admin_client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert html.count("data-lix-panel") == 3
    assert html.count("data-lix-above-target") == 1
    assert "Över målet:" in html
    assert f"LIX {lix(hard + chr(10) + page.summary_5_8)}".replace(".", ",") in html
    assert "målet för 5–8 år är högst 25" in html
    assert "målet för 13–18 år är högst 40" in html


def test_pages_are_rendered_as_swedish_for_the_checks_panel():
    """The Checks panel reads the preview; its <html lang> must be the page's language,
    also when the editor's admin is in English."""
    page = ChildInfoPageFactory()
    with translation.override("en"):
        response = page.make_preview_request()
    html = response.content.decode()
    assert '<html lang="sv">' in html
    assert page.summary_9_12 in html


def test_lix_of_a_hand_counted_stream(image):
    page = ChildInfoPage(
        body_5_8=[
            {"type": "heading", "value": {"text": "Vad gör soc?"}},
            {"type": "paragraph", "value": "<p>Soc hjälper barn. De lyssnar på dig.</p>"},
            {"type": "image", "value": {"image": image.pk, "alt_text": "Långa beskrivningar"}},
            {"type": "callout", "value": {"title": "Bra att veta", "text": "<p>Du får ringa.</p>"}},
        ]
    )
    # Words 3 + 3 + 4 + 3 + 3 = 16 in 5 sentences; long: hjälper, lyssnar (7 letters).
    # 16 / 5 + 100 * 2 / 16 = 3.2 + 12.5
    result = analyse(stream_text(page.body_5_8))
    assert (result.words, result.sentences, result.long_words) == (16, 5, 2)
    assert result.lix == 15.7
