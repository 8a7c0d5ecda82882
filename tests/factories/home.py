"""Pages: a base factory that publishes through a revision, the home page and its English
translation, new home pages."""

import factory
import wagtail_factories
from wagtail.models import Locale, Page, Site

from home.models import HomePage


def home_page():
    """The default site's home page: made by a migration, so there even without the demo."""
    return Site.objects.get(is_default_site=True).root_page.specific


def english_home():
    """The home page's English translation, published (the demo has one); made when missing."""
    locale, _ = Locale.objects.get_or_create(language_code="en")
    home = home_page()
    english = home.get_translation_or_none(locale)
    if english is None:
        english = home.copy_for_translation(locale)
        english.save_revision().publish()
    return english.specific


class PortalPageFactory(wagtail_factories.PageFactory):
    """A page added under ``parent`` (the home page unless given) and published as the admin
    publishes: through a revision, so the publish signals and hooks run.
    ``publish=False`` leaves a draft that was never live; ``publish_user`` publishes as them.
    """

    class Meta:
        abstract = True
        skip_postgeneration_save = True

    parent = factory.LazyFunction(home_page)
    title = factory.Sequence(lambda n: f"Testsida {n}")
    publish = True  # taken out in _create, as are publish_user and wagtail-factories' parent
    publish_user = None
    live = factory.LazyAttribute(lambda page: bool(page.publish))

    @factory.post_generation
    def revision(page, create, extracted, **kwargs):
        if not create:
            return
        revision = page.save_revision(user=page._factory_user)
        if page._factory_publish:
            revision.publish(user=page._factory_user)
            page.refresh_from_db()

    @classmethod
    def _create(cls, model_class, *args, publish=True, publish_user=None, **kwargs):
        page = super()._create(model_class, *args, **kwargs)
        page._factory_publish, page._factory_user = publish, publish_user
        return page


class HomePageFactory(PortalPageFactory):
    """A second home page under the tree's root (for a site of its own)."""

    class Meta:
        model = HomePage
        skip_postgeneration_save = True

    parent = factory.LazyFunction(lambda: Page.get_first_root_node())
    title = factory.Sequence(lambda n: f"Startsida {n}")
