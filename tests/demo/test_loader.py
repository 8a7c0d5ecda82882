import io

from django.apps import apps
from django.core.management import call_command


def row_counts():
    return {model._meta.label: model.objects.count() for model in apps.get_models()}


def test_load_demo_content_is_idempotent(db):
    call_command("load_demo_content", stdout=io.StringIO())
    first = row_counts()
    call_command("load_demo_content", stdout=io.StringIO())
    assert row_counts() == first


def test_test_settings_create_no_demo_users(demo_content, django_user_model):
    assert django_user_model.objects.count() == 0
