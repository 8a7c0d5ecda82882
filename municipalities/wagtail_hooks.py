from wagtail import hooks

from .viewsets import MunicipalityViewSet


@hooks.register("register_admin_viewset")
def register_municipality_viewset():
    return MunicipalityViewSet()
