"""Yearly reports: the matrix, small groups, and no publishing before every quote is reviewed."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from feedback.answers.statistics import COMPLEMENT_LABEL, SUPPRESSED_LABEL, suppressed_distribution
from feedback.models import Finding, InternalIndexPage, Quote, YearlyReportPage
from home.models import HomePage
from tests.factories import (
    FindingFactory,
    ImprovementFactory,
    QuoteFactory,
    ThemeFactory,
    YearlyReportPageFactory,
)

pytestmark = pytest.mark.django_db


class TestPageTree(WagtailPageTestCase):
    def test_reports_live_only_in_the_internal_section(self):
        self.assertAllowedParentPageTypes(YearlyReportPage, {InternalIndexPage})
        self.assertAllowedSubpageTypes(InternalIndexPage, {YearlyReportPage})
        self.assertAllowedSubpageTypes(YearlyReportPage, set())
        self.assertAllowedParentPageTypes(InternalIndexPage, {HomePage})


def new_report(**fields):
    """A report saved as a draft in the internal section, never published."""
    return YearlyReportPageFactory(publish=False, **fields)


def theme_of_the_model():
    return ThemeFactory(name="Om delaktighet")  # one of the model's four (a migration's)


def quote_forms(quotes, theme):
    """(text, reviewed, pk) are quotes already saved, sent first; (text, reviewed) new ones."""
    saved = [q for q in quotes if len(q) == 3]
    new = [(*q, "") for q in quotes if len(q) == 2]
    forms = [
        {"theme": theme.pk, "text": text, "reviewed": reviewed, "id": pk}
        for text, reviewed, pk in saved + new
    ]
    return inline_formset(forms, initial=len(saved))


def edit_data(report, quotes, action="action-publish", **fields):
    theme = theme_of_the_model()
    data = {
        "title": report.title,
        "slug": report.slug,
        "year": report.year,
        "unit": "",
        "summary": rich_text("<p>Sammanfattning.</p>"),
        "interviews_planned": 10,
        "interviews_held": 8,
        "interviews_5_8": 0,
        "interviews_9_12": 8,
        "interviews_13_18": 0,
        "seminar_date": "2026-11-19",
        "staff_experiences": rich_text(""),
        "findings": inline_formset(
            [{"theme": theme.pk, "children_said": "De vill vara med.", "general_finding": "Ja."}]
        ),
        "quotes": quote_forms(quotes, theme),
        **fields,
    }
    data = nested_form_data(data)
    # An unticked checkbox is not sent at all.
    data = {key: value for key, value in data.items() if value is not False}
    data[action] = "1"
    return data


def test_unreviewed_quote_blocks_publishing_but_not_a_draft(client, user_in_group):
    client.force_login(user_in_group("Handläggare"))
    report = new_report()
    url = f"/admin/pages/{report.pk}/edit/"

    response = client.post(url, edit_data(report, [("Jag vill bestämma.", False)]))
    assert response.status_code == 200
    html = response.content.decode()
    assert "kan inte publiceras förrän alla citat är granskade" in html
    assert "Granska citatet innan rapporten publiceras." in html
    report.refresh_from_db()
    assert not report.live

    draft = client.post(url, edit_data(report, [("Jag vill bestämma.", False)], "action-draft"))
    assert draft.status_code == 302
    report.refresh_from_db()
    assert report.get_latest_revision().as_object().quotes.get().reviewed is False

    # As the admin sends it: the saved quote is an existing form with its id.
    saved = report.quotes.get()
    published = client.post(url, edit_data(report, [("Jag vill bestämma.", True, saved.pk)]))
    assert published.status_code == 302
    report.refresh_from_db()
    assert report.live
    assert report.quotes.get().reviewed is True


def test_publishing_outside_the_form_is_refused_too():
    report = new_report()
    theme = theme_of_the_model()
    report.quotes = [Quote(theme=theme, text="Inte granskat.", reviewed=False)]
    revision = report.save_revision()
    with pytest.raises(ValidationError):
        revision.publish()
    report.refresh_from_db()
    assert not report.live


def test_age_groups_must_add_up_before_publishing(client, user_in_group):
    client.force_login(user_in_group("Handläggare"))
    report = new_report()
    data = edit_data(report, [("Bra.", True)], interviews_held=12)
    response = client.post(f"/admin/pages/{report.pk}/edit/", data)
    assert response.status_code == 200
    assert "Åldersgrupperna blir tillsammans 8 barn, men 12 intervjuer" in response.content.decode()


def test_small_age_groups_are_hidden_and_cannot_be_subtracted():
    assert suppressed_distribution({"a": 3, "b": 6, "c": 9}) == [
        ("a", SUPPRESSED_LABEL),
        ("b", COMPLEMENT_LABEL),
        ("c", 9),
    ]
    assert suppressed_distribution({"a": 5, "b": 7}) == [("a", 5), ("b", 7)]
    assert suppressed_distribution({"a": 1, "b": 2, "c": 8}) == [
        ("a", SUPPRESSED_LABEL),
        ("b", SUPPRESSED_LABEL),
        ("c", 8),
    ]


def test_report_shows_the_matrix_and_hides_small_groups(client, user_in_group):
    report = YearlyReportPageFactory(
        interviews_held=15, interviews_5_8=3, interviews_9_12=6, interviews_13_18=6
    )
    for theme in ThemeFactory.create_batch(2):
        finding = FindingFactory(page=report, theme=theme)
        ImprovementFactory.create_batch(2, finding=finding, responsible=f"Ansvarig {theme}")
        QuoteFactory(page=report, theme=theme)
    client.force_login(user_in_group("Politiker"))
    html = client.get(report.url).content.decode()
    assert html.count('<td class="num">färre än 5</td>') == 1
    assert html.count('<td class="num">dold så att ingen kan räknas fram</td>') == 1
    assert f'<caption id="matrix-caption">Analysmatris {report.year}</caption>' in html
    assert report.findings.count() == 2 and report.quotes.count() == 2
    for finding in report.findings.all():
        assert finding.theme.name in html
        for improvement in finding.improvements.all():
            assert improvement.title in html
            assert improvement.responsible in html
    assert 'scope="rowgroup"' in html
    for quote in report.quotes.all():
        assert quote.text in html


def test_unreviewed_quotes_never_show_even_on_a_live_report(client, user_in_group):
    theme = ThemeFactory()
    report = FindingFactory(theme=theme).page
    QuoteFactory(page=report, theme=theme, text="Granskat och visat.")
    Quote.objects.create(page=report, theme=theme, text="Jag heter Kim och bor på Ekvägen.")
    client.force_login(user_in_group("Politiker"))
    html = client.get(report.url).content.decode()
    assert "Granskat och visat." in html  # the reviewed quote of the same theme is shown
    assert "Kim" not in html


def test_report_queries_stay_the_same_with_more_findings(client, user_in_group, settings):
    settings.PAGE_CACHE_SECONDS = 0  # the same privacy lookups before and after
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(user_in_group("Politiker"))
    theme = ThemeFactory()
    report = FindingFactory(theme=theme).page
    QuoteFactory(page=report, theme=theme)
    # Each count follows a warm-up request: caches Wagtail keeps (site root paths) refill once.
    client.get(report.url)
    with CaptureQueriesContext(connection) as before:
        client.get(report.url)
    for n in range(10):
        Finding.objects.create(page=report, theme=theme, children_said=f"{n}", general_finding="x")
        Quote.objects.create(page=report, theme=theme, text=f"Citat {n}", reviewed=True)
    client.get(report.url)
    with CaptureQueriesContext(connection) as after:
        client.get(report.url)
    assert len(after) == len(before)
