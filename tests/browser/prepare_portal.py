"""Build the database of the portal the browser tests serve; run by tests/browser/server.py.

Run as ``python -m tests.browser.prepare_portal`` with ``DJANGO_SETTINGS_MODULE`` set to
``portal.settings.test`` and ``BROWSER_TEST_DIR`` set: migrates a fresh SQLite file there,
loads the demo content and creates a politician (group Politiker) whose username and password
come from ``BROWSER_TEST_POLITICIAN`` ("username:password").
"""

import io
import os

import django
from django.core.management import call_command


def main():
    django.setup()
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from portal.security.roles import POLITICIANS

    call_command("migrate", interactive=False, verbosity=0)
    call_command("load_demo_content", stdout=io.StringIO())
    username, password = os.environ["BROWSER_TEST_POLITICIAN"].split(":", 1)
    user = get_user_model().objects.create_user(username=username, password=password)
    user.groups.add(Group.objects.get(name=POLITICIANS))


if __name__ == "__main__":
    main()
