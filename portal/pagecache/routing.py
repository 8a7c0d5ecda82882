"""Find a deep page by its URL path in one query instead of two per level of the tree."""

from wagtail.models import Page


class DirectRouteMixin:
    """For the site root: ``/om-soc/orosanmalan/`` is looked up by ``url_path`` at once.

    Wagtail's ``Page.route`` walks the tree, two queries per level (the child, then its
    specific page). When the whole path is a page below this one, that page answers as
    Wagtail would have routed it; otherwise (sub-routes of a routable page such as
    ``/tyck-till/tack/``, or no such page) Wagtail's own routing takes over.
    """

    def route(self, request, path_components):
        if len(path_components) > 1:
            url_path = self.url_path + "/".join(path_components) + "/"
            page = (
                Page.objects.filter(url_path=url_path, path__startswith=self.path)
                .select_related("locale")
                .first()
            )
            if page is not None:
                return page.specific.route(request, [])
        return super().route(request, path_components)
