from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage


class HomePageTypeTests(WagtailPageTestCase):
    def test_home_page_sits_at_the_root_only(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_home_page_renders(self):
        home = HomePage.objects.get(locale__language_code="sv")
        self.assertPageIsRenderable(home)
