"""Feedback: themes, the page with the form, and children's answers."""

import factory
from django.utils.text import slugify
from factory.django import DjangoModelFactory

from feedback.models import FeedbackPage, FeedbackResponse, Theme

from .home import PortalPageFactory


class ThemeFactory(DjangoModelFactory):
    class Meta:
        model = Theme
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Om tema {n}")
    slug = factory.LazyAttribute(lambda theme: slugify(theme.name))


class FeedbackPageFactory(PortalPageFactory):
    class Meta:
        model = FeedbackPage
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Tyck till {n}")


class FeedbackResponseFactory(DjangoModelFactory):
    """An answer as the form stores it; ``themes=[...]`` themes it as staff would."""

    class Meta:
        model = FeedbackResponse
        skip_postgeneration_save = True

    page = None
    age_band = "9-12"
    information_yes_no = "ja"
    participation_yes_no = "vet_inte"
    treatment = 5
    better_text = factory.Sequence(lambda n: f"Svar nummer {n}.")

    @factory.post_generation
    def themes(response, create, extracted, **kwargs):
        if create and extracted:
            response.themes.add(*extracted)
