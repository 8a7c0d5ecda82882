"""Each municipality's answers, improvements and danger words are its own.

Two municipalities on one install: the default site's and one added as `add_municipality`
adds it. Their staff log in to the same admin and each sees only their own rows, in the list,
the detail view, the edit form and the export; a child's answer is stored as the municipality
whose address the form was sent to.
"""

import csv
import io

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import GroupPagePermission

from feedback.models import DangerWord, FeedbackResponse
from home.models import SiteSettings
from municipalities.models import Municipality
from portal.security.roles import EDITORS, POLITICIANS, STAFF
from tests.factories import FeedbackPageFactory, FeedbackResponseFactory, ImprovementFactory
from tests.factories.municipalities import first_municipality, new_municipality
from tests.feedback.conftest import started_token

pytestmark = pytest.mark.django_db


@pytest.fixture
def two():
    first, second = first_municipality(), new_municipality("Sundsvik")
    rows = {
        m.pk: {
            "answer": FeedbackResponseFactory(
                municipality=m, better_text=f"Svar från {m}, hemligt."
            ),
            "improvement": ImprovementFactory(municipality=m, title=f"Förbättring i {m}"),
            "word": DangerWord.objects.create(municipality=m, word=f"ordet{m.pk}x"),
        }
        for m in (first, second)
    }
    return first, second, rows


def test_add_municipality_makes_the_site_groups_and_settings(db):
    out = io.StringIO()
    call_command("add_municipality", "Norrby", "norrby.localhost", stdout=out)
    norrby = Municipality.objects.get(site__hostname="norrby.localhost")
    assert str(norrby) == "Norrby"
    assert {norrby.editors.name, norrby.staff.name, norrby.politicians.name} == {
        f"{EDITORS} Norrby",
        f"{STAFF} Norrby",
        f"{POLITICIANS} Norrby",
    }
    assert norrby.staff.permissions.filter(codename="view_feedbackresponse").exists()
    assert not norrby.politicians.permissions.filter(codename="access_admin").exists()
    assert "http://norrby.localhost:80/" in out.getvalue()
    assert norrby.site.root_page.live
    assert SiteSettings.for_site(norrby.site).municipality_name == "Norrby"
    # Its editors edit its own pages only: page permissions on its home page, none on the root.
    edited = {p.page_id for p in GroupPagePermission.objects.filter(group=norrby.editors)}
    assert edited == {norrby.site.root_page_id}


def test_add_municipality_says_in_swedish_why_a_clashing_name_is_refused(db):
    call_command("add_municipality", "Norrby", "norrby.localhost", stdout=io.StringIO())
    with pytest.raises(CommandError, match="Kommunen lades inte till"):
        call_command("add_municipality", "Norrby 2", "norrby.example.se", stdout=io.StringIO())
    assert not Municipality.objects.filter(site__hostname="norrby.example.se").exists()


@pytest.mark.parametrize("kind", ["answer", "improvement"])
def test_staff_list_only_their_own_rows(two, as_staff_of, kind):
    first, second, rows = two
    url = {"answer": "/admin/feedback/responses/", "improvement": "/admin/feedback/improvements/"}
    for mine, theirs in ((first, second), (second, first)):
        page = as_staff_of(mine).get(url[kind]).content.decode()
        own_text = (
            rows[mine.pk]["answer"].better_text
            if kind == "answer"
            else rows[mine.pk]["improvement"].title
        )
        other_text = (
            rows[theirs.pk]["answer"].better_text
            if kind == "answer"
            else rows[theirs.pk]["improvement"].title
        )
        assert own_text in page
        assert other_text not in page


def test_a_superuser_sees_every_municipality_s_answers(two, client, django_user_model):
    first, second, rows = two
    client.force_login(django_user_model.objects.create_superuser("chef", password="x" * 16))
    page = client.get("/admin/feedback/responses/").content.decode()
    assert rows[first.pk]["answer"].better_text in page
    assert rows[second.pk]["answer"].better_text in page


def test_another_municipality_s_answer_is_not_found(two, as_staff_of):
    first, second, rows = two
    client = as_staff_of(second)
    own = client.get(f"/admin/feedback/responses/inspect/{rows[second.pk]['answer'].pk}/")
    assert own.status_code == 200
    other = client.get(f"/admin/feedback/responses/inspect/{rows[first.pk]['answer'].pk}/")
    assert other.status_code == 404
    assert rows[first.pk]["answer"].better_text not in other.content.decode()


@pytest.mark.parametrize("view", ["edit", "history", "delete"])
def test_another_municipality_s_improvement_is_not_found(two, as_staff_of, view):
    first, second, rows = two
    client = as_staff_of(second)
    own = client.get(f"/admin/feedback/improvements/{view}/{rows[second.pk]['improvement'].pk}/")
    assert own.status_code in (200, 403)  # staff may not delete; they see their own
    other = client.get(f"/admin/feedback/improvements/{view}/{rows[first.pk]['improvement'].pk}/")
    assert other.status_code == 404
    assert rows[first.pk]["improvement"].title not in other.content.decode()


def test_an_edit_posted_to_another_municipality_s_improvement_changes_nothing(two, as_staff_of):
    first, second, rows = two
    theirs = rows[first.pk]["improvement"]
    response = as_staff_of(second).post(
        f"/admin/feedback/improvements/edit/{theirs.pk}/", {"title": "Ändrad av fel kommun"}
    )
    assert response.status_code == 404
    theirs.refresh_from_db()
    assert theirs.title == f"Förbättring i {first}"


def test_the_export_holds_only_their_own_answers(two, as_staff_of):
    first, second, rows = two
    response = as_staff_of(second).get("/admin/feedback/responses/", {"export": "csv"})
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    cells = [cell for row in csv.reader(io.StringIO(text), delimiter=";") for cell in row]
    assert rows[second.pk]["answer"].better_text in cells
    assert rows[first.pk]["answer"].better_text not in text


def test_danger_words_are_the_shared_list_and_their_own(two, as_staff_of):
    first, second, rows = two
    shared = DangerWord.objects.create(municipality=None, word="gemensamtord")
    page = as_staff_of(second).get("/admin/feedback/danger-words/").content.decode()
    assert shared.word in page
    assert rows[second.pk]["word"].word in page
    assert rows[first.pk]["word"].word not in page


def post_answer(client, page, host, text):
    return client.post(
        f"/svara/{page.pk}/",
        {"started": started_token(), "better_text": text, "age_band": "9-12"},
        HTTP_HOST=host,
    )


def test_an_answer_belongs_to_the_municipality_whose_form_was_sent(client, db):
    second = new_municipality("Sundsvik")
    page = FeedbackPageFactory(parent=second.site.root_page)
    response = post_answer(client, page, second.site.hostname, "Bra att ni lyssnade.")
    assert response.status_code == 302
    stored = FeedbackResponse.objects.get(better_text="Bra att ni lyssnade.")
    assert stored.municipality == second


def test_a_form_sent_to_another_municipality_s_address_is_not_stored(client, db):
    second = new_municipality("Sundsvik")
    page = FeedbackPageFactory(parent=second.site.root_page)
    first_host = first_municipality().site.hostname
    response = post_answer(client, page, first_host, "Fel adress.")
    assert response.status_code == 404
    assert not FeedbackResponse.objects.filter(better_text="Fel adress.").exists()


def test_a_child_s_text_is_checked_against_the_shared_and_own_danger_words(client, db):
    second = new_municipality("Sundsvik")
    first = first_municipality()
    DangerWord.objects.create(municipality=first, word="bara-i-första")
    DangerWord.objects.create(municipality=second, word="bara-i-sundsvik")
    page = FeedbackPageFactory(parent=second.site.root_page)
    post_answer(client, page, second.site.hostname, "Det var bara-i-första här.")
    post_answer(client, page, second.site.hostname, "Det var bara-i-sundsvik här.")
    assert not FeedbackResponse.objects.get(better_text__contains="bara-i-första").flagged_danger
    assert FeedbackResponse.objects.get(better_text__contains="bara-i-sundsvik").flagged_danger
