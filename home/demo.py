"""Demo content for the home app: site settings, the home page, the English locale, demo users.

``load_demo_content`` calls ``load()`` in every installed app's ``demo`` module, home first.
Every loader is idempotent: it creates what is missing and leaves existing content alone.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Locale, Site

from portal.security.roles import EDITORS, POLITICIANS, STAFF

from .models import HomePage, SiteSettings

DEMO_USERS = (
    # username, group (None: superuser), description
    ("admin", None, "superanvändare"),
    ("redaktor", EDITORS, "Redaktörer"),
    ("handlaggare", STAFF, "Handläggare"),
    ("politiker", POLITICIANS, "Politiker"),
)

HOME_INTRO = (
    "<p>Här kan du läsa om hur socialtjänsten arbetar, säga vad du tycker "
    "och se vad som har blivit bättre för att barn har sagt sitt.</p>"
)


def get_home_page():
    return Site.objects.get(is_default_site=True).root_page.specific


def load(stdout=None):
    site = Site.objects.get(is_default_site=True)
    site_settings = SiteSettings.for_site(site)
    if not site_settings.phone:
        site_settings.municipality_name = "Exempelkommun"
        site_settings.phone = "0123-45 67 89"
        site_settings.email = "soc@exempelkommun.se"
        site_settings.visiting_address = "Storgatan 1, Exempelstad"
        site_settings.socialjour_phone = "0123-45 67 00"
        site_settings.save()

    home = get_home_page()
    if not home.intro:
        home.intro = HOME_INTRO
        home.save_revision().publish()

    english, _ = Locale.objects.get_or_create(language_code="en")
    if not HomePage.objects.filter(locale=english).exists():
        translation = home.copy_for_translation(english)
        translation.title = "Children's voice"
        translation.intro = (
            "<p>Read about how social services work, tell us what you think, "
            "and see what changed because children spoke up.</p>"
        )
        translation.save_revision().publish()

    load_demo_users(stdout)


def load_demo_users(stdout=None):
    """Development only: DEMO_USERS_PASSWORD is set in portal.settings.dev and nowhere else."""
    password = settings.DEMO_USERS_PASSWORD
    if not password:
        return
    User = get_user_model()
    for username, group_name, _description in DEMO_USERS:
        user, created = User.objects.get_or_create(username=username)
        if not created:
            continue
        user.set_password(password)
        user.is_superuser = user.is_staff = group_name is None
        user.save()
        if group_name:
            user.groups.add(Group.objects.get(name=group_name))
