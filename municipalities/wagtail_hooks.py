from wagtail import hooks

from .regional_view import RegionalViewSet
from .viewsets import MunicipalityViewSet


@hooks.register("register_admin_viewset")
def register_municipality_viewset():
    return MunicipalityViewSet()


@hooks.register("register_admin_viewset")
def register_regional_viewset():
    return RegionalViewSet()
