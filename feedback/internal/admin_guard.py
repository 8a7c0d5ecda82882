"""The admin refuses every URL that names an internal page to anyone but that municipality's
Handläggare.

``PortalPagePermissionPolicy`` hides the internal section from listings, search and choosers,
but many of Wagtail's page views (the explorer header, move confirmations, bulk-action
confirmations, workflow previews, the page-type usage listing, previews of new pages) show a
page's title, status and owner without asking it. This middleware closes them all at once:
an admin URL whose arguments or ``?id=`` name a page of the internal section, or whose page
type is one of the section's, answers 404 for users who may not edit the section (another
municipality's Handläggare may open a type's add view, not its listing of every page of the
type). A bulk action over "all children" simply leaves the internal pages out.
"""

from django.apps import apps
from django.db.models import Q
from django.http import Http404, QueryDict
from django.views.defaults import page_not_found
from wagtail.admin.views.bulk_action.registry import bulk_action_registry
from wagtail.models import Page

from feedback.access import InternalPageMixin, can_edit_internal, hidden_internal_paths

# URL arguments that always hold a page id, and namespaces where ``pk`` does.
PAGE_ID_ARGUMENTS = ("page_id", "parent_page_id", "page_to_move_id", "destination_id", "page_pk")
PAGE_NAMESPACES = ("wagtailadmin_pages", "wagtailadmin_api:pages")
# Views that take their pages from the query string: ``?id=1&id=2`` (and a bulk move's
# destination from the form's ``chooser``).
QUERY_ID_VIEWS = ("wagtailadmin_choose_page_chosen_multiple", "wagtail_bulk_action")


def page_model(app_label, model_name):
    try:
        model = apps.get_model(app_label, model_name)
    except (LookupError, ValueError):
        return None
    return model if issubclass(model, Page) else None


def is_internal_type(model):
    return model is not None and issubclass(model, InternalPageMixin)


def named_pages(match, kwargs):
    """(page ids, page model) that the resolved admin URL is about."""
    ids = [kwargs[key] for key in PAGE_ID_ARGUMENTS if key in kwargs]
    if "pk" in kwargs and match.namespace in PAGE_NAMESPACES:
        ids.append(kwargs["pk"])
    model = page_model(
        kwargs.get("content_type_app_name") or kwargs.get("app_label", ""),
        kwargs.get("content_type_model_name") or kwargs.get("model_name", ""),
    )
    if model is not None and "object_id" in kwargs:
        ids.append(kwargs["object_id"])
    return ids, model


def internal_ids(user, ids):
    ids = [str(pk) for pk in ids if str(pk).isdigit()]
    paths = hidden_internal_paths(user)
    if not ids or not paths:
        return set()
    inside = Q()
    for path in paths:
        inside |= Q(path__startswith=path)
    return set(Page.objects.filter(inside, pk__in=ids).values_list("pk", flat=True))


def without_internal_pages(request, kwargs):
    """A bulk action over all children of a page: list them, less the internal ones."""
    action_class = bulk_action_registry.get_bulk_action_class(
        kwargs["app_label"], kwargs["model_name"], kwargs["action"]
    )
    if action_class is None:
        return
    model = page_model(kwargs["app_label"], kwargs["model_name"])
    listing = action_class(request, model).get_all_objects_in_listing_query(
        request.GET.get("childOf") or None
    )
    ids = [getattr(item, "pk", item) for item in listing]
    hidden = internal_ids(request.user, ids)
    query = request.GET.copy()
    query.setlist("id", [str(pk) for pk in ids if pk not in hidden])
    query.pop("childOf", None)
    request.GET = QueryDict(query.urlencode())


class InternalSectionAdminGuard:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        user = getattr(request, "user", None)
        if (
            match is None
            or user is None
            or not user.is_authenticated
            or not match.route.startswith("admin/")
            or (can_edit_internal(user) and not hidden_internal_paths(user))
        ):
            return None
        if self.names_internal_pages(request, match, view_kwargs):
            return page_not_found(request, Http404(), template_name="wagtailadmin/404.html")
        return None

    def names_internal_pages(self, request, match, kwargs):
        ids, model = named_pages(match, kwargs)
        # A page type's views list or count every municipality's pages of it: Handläggare
        # add their reports from their own section.
        if is_internal_type(model) and (
            not can_edit_internal(request.user) or "type_use" in match.view_name
        ):
            return True
        if match.view_name in QUERY_ID_VIEWS and page_model(
            kwargs.get("app_label", "wagtailcore"), kwargs.get("model_name", "page")
        ):
            chosen = request.GET.getlist("id")
            # The bulk move's destination comes in the form.
            ids += request.POST.getlist("chooser")
            if "all" not in chosen:
                ids += chosen
            elif request.GET.get("childOf"):
                ids.append(request.GET["childOf"])
            if "all" in chosen and not internal_ids(request.user, ids):
                without_internal_pages(request, kwargs)
        return bool(internal_ids(request.user, ids))
