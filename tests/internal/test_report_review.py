"""Review of a yearly report's quotes: bulk publish refuses politely, an edited quote needs a
new review, and a group hidden only so that no other can be worked out says so."""

import re

import pytest

from feedback.internal.publishing import UNREVIEWED_QUOTES_MESSAGE
from feedback.models import Quote
from portal.security.roles import POLITICIANS, STAFF
from tests.factories import QuoteFactory, ThemeFactory, YearlyReportPageFactory
from tests.internal.test_yearly_report import edit_data, new_report, theme_of_the_model

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client(client, user_in_group):
    client.force_login(user_in_group(STAFF))
    return client


def draft_report_with_quote(reviewed):
    report = new_report()
    theme = theme_of_the_model()
    report.quotes = [Quote(theme=theme, text="Jag fick vara med.", reviewed=reviewed)]
    report.save_revision()
    return report


def bulk_publish(client, page_ids, next_url, include_descendants=False):
    ids = "&".join(f"id={pk}" for pk in page_ids)
    url = f"/admin/bulk/wagtailcore/page/publish/?next={next_url}&{ids}"
    assert client.get(url).status_code == 200  # the confirmation page
    data = {"include_descendants": "on"} if include_descendants else {}
    return client.post(url, data, follow=True)


def messages_in(response):
    return [str(message) for message in response.context["messages"]]


def assert_refused(response, report):
    """The bulk publish ended on a page that says why, and the report stayed a draft."""
    assert response.status_code == 200
    assert str(UNREVIEWED_QUOTES_MESSAGE) in messages_in(response)
    report.refresh_from_db()
    assert not report.live


def test_bulk_publish_of_a_report_with_an_unreviewed_quote_is_refused_in_swedish(staff_client):
    report = draft_report_with_quote(reviewed=False)
    index = report.get_parent()
    response = bulk_publish(staff_client, [report.pk], f"/admin/pages/{index.pk}/")
    assert response.redirect_chain[-1][0] == f"/admin/pages/{index.pk}/"
    assert_refused(response, report)


def test_bulk_publish_with_descendants_reaches_the_draft_report_and_is_refused(staff_client):
    report = draft_report_with_quote(reviewed=False)
    index = report.get_parent()
    home = index.get_parent()
    response = bulk_publish(staff_client, [index.pk], f"/admin/pages/{home.pk}/", True)
    assert_refused(response, report)


def test_bulk_publish_of_a_reviewed_report_publishes_it(staff_client):
    report = draft_report_with_quote(reviewed=True)
    index = report.get_parent()
    response = bulk_publish(staff_client, [report.pk], f"/admin/pages/{index.pk}/")
    assert response.status_code == 200
    assert str(UNREVIEWED_QUOTES_MESSAGE) not in messages_in(response)
    report.refresh_from_db()
    assert report.live and report.quotes.get().reviewed


def latest_quote(report):
    report.refresh_from_db()
    return report.get_latest_revision().as_object().quotes.get()


def test_changing_a_reviewed_quote_in_the_admin_clears_its_review(staff_client):
    report = new_report()
    url = f"/admin/pages/{report.pk}/edit/"
    text = "Jag fick vara med och bestämma."
    assert staff_client.post(url, edit_data(report, [(text, True)], "action-draft")).status_code
    quote = report.quotes.get()
    published = staff_client.post(url, edit_data(report, [(text, True, quote.pk)]))
    assert published.status_code == 302
    report.refresh_from_db()
    assert report.live and report.quotes.get().reviewed

    # The text changes, the box is left ticked: publishing is refused with the reason.
    changed = "Jag fick vara med och bestämma, hemma hos Kim."
    refused = staff_client.post(url, edit_data(report, [(changed, True, quote.pk)]))
    assert refused.status_code == 200
    html = refused.content.decode()
    assert "Citatet är ändrat och behöver granskas igen." in html
    assert str(UNREVIEWED_QUOTES_MESSAGE) in html
    assert Quote.objects.get(pk=quote.pk).text == text  # the live report is untouched

    # Saved as a draft, the changed quote is no longer marked as reviewed.
    draft = staff_client.post(url, edit_data(report, [(changed, True, quote.pk)], "action-draft"))
    assert draft.status_code == 302
    assert (latest_quote(report).text, latest_quote(report).reviewed) == (changed, False)

    # Reviewed again (the box ticked on the new text), it is published.
    reviewed = staff_client.post(url, edit_data(report, [(changed, True, quote.pk)]))
    assert reviewed.status_code == 302
    assert (Quote.objects.get(pk=quote.pk).text, Quote.objects.get(pk=quote.pk).reviewed) == (
        changed,
        True,
    )


def test_changing_a_quotes_text_in_code_clears_its_review():
    created = QuoteFactory(page=YearlyReportPageFactory(), theme=ThemeFactory(), text="Bra möten.")
    assert created.reviewed is True
    quote = Quote.objects.get(pk=created.pk)
    quote.text = "Bra möten med Kim."
    quote.save()
    assert Quote.objects.get(pk=quote.pk).reviewed is False
    # Reviewing the new text in the same save keeps the mark; an unchanged text keeps it too.
    quote = Quote.objects.get(pk=quote.pk)
    quote.text, quote.reviewed = "Bra möten.", True
    quote.save()
    quote = Quote.objects.get(pk=quote.pk)
    quote.sort_order = 3
    quote.save(update_fields=["sort_order"])
    assert Quote.objects.get(pk=quote.pk).reviewed is True
    quote.text = "Bra möten på skolan."
    quote.save(update_fields=["text"])
    assert Quote.objects.get(pk=quote.pk).reviewed is False


def age_rows(html):
    table = html[html.index("Intervjuade barn per ålder") :].split("</table>")[0]
    return dict(re.findall(r'<th scope="row">([^<]+)</th><td class="num">([^<]+)</td>', table))


def test_a_group_hidden_to_protect_a_small_one_says_so_not_fewer_than_5(client, user_in_group):
    report = new_report()
    report.interviews_held = 18
    report.interviews_5_8, report.interviews_9_12, report.interviews_13_18 = 2, 7, 9
    report.save_revision().publish()
    client.force_login(user_in_group(POLITICIANS))
    response = client.get(report.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert age_rows(html) == {
        "5–8 år": "färre än 5",
        "9–12 år": "dold så att ingen kan räknas fram",
        "13–18 år": "9",
    }
    assert "Grupper med färre än 5 barn visas inte som siffror" in html
    assert "döljs också den minsta av de andra" in html
