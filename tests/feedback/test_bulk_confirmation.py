"""The bulk confirmation page says 'no permission' only over items the user may not change."""

from django.urls import reverse

from feedback.models import FeedbackResponse

NO_ACCESS = "Du har inte behörighet att ändra de här svaren"


def confirmation(client, action, *objects):
    url = reverse("wagtail_bulk_action", args=("feedback", "feedbackresponse", action))
    ids = "&".join(f"id={obj.pk}" for obj in objects)
    return client.get(f"{url}?{ids}").content.decode()


def test_staff_with_rights_see_their_items_and_no_refusal(client, user_in_group):
    client.force_login(user_in_group("Handläggare"))
    first = FeedbackResponse.objects.create(good_text="Första svaret")
    second = FeedbackResponse.objects.create(good_text="Andra svaret")
    html = confirmation(client, "mark_read", first, second)
    assert "2 svar är valda." in html
    assert "Ja, gör det" in html
    assert NO_ACCESS not in html


def test_refusal_names_the_items_the_user_may_not_change(client, user_in_group):
    from django.contrib.auth.models import Permission

    # In the municipality (through its Politiker, who have no permissions of their own), and
    # allowed to read the answers in the admin but not to change them.
    reader = user_in_group("Politiker", username="lasare")
    reader.user_permissions.set(
        Permission.objects.filter(
            content_type__app_label="feedback",
            codename__in=["view_feedbackresponse", "access_admin"],
        )
        | Permission.objects.filter(codename="access_admin")
    )
    client.force_login(reader)
    answer = FeedbackResponse.objects.create(good_text="Ett svar")
    html = confirmation(client, "mark_read", answer)
    assert NO_ACCESS in html
    assert "Ja, gör det" not in html
