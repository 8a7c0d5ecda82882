"""Feedback: themes, the page with the form, children's answers, "Ni sa – vi gjorde"."""

import factory
from django.utils.text import slugify
from factory.django import DjangoModelFactory

from feedback.models import FeedbackPage, FeedbackResponse, Theme, WhatHappenedPage

from .home import PortalPageFactory, home_page


class ThemeFactory(DjangoModelFactory):
    class Meta:
        model = Theme
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Om tema {n}")
    slug = factory.LazyAttribute(lambda theme: slugify(theme.name))


# The extra yes/no question the demo's feedback page asks (feedback/demo/responses.py).
EASY_TO_FIND = "Var det lätt att hitta hit till oss?"


class FeedbackPageFactory(PortalPageFactory):
    """The page with the form, the core questions only; ``extra_questions=[ExtraQuestion(
    question=..., kind=...)]`` adds an editor's extra questions, published with it."""

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


class WhatHappenedPageFactory(PortalPageFactory):
    """'Ni sa – vi gjorde' (one per home page: use ``what_happened_page()``)."""

    class Meta:
        model = WhatHappenedPage
        skip_postgeneration_save = True

    title = "Ni sa – vi gjorde"
    slug = "ni-sa-vi-gjorde"


def what_happened_page():
    """The home page's 'Ni sa – vi gjorde'; made when there is none."""
    return WhatHappenedPage.objects.child_of(home_page()).first() or WhatHappenedPageFactory()
