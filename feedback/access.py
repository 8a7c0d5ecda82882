"""Who may read the internal section, and the guard every internal page carries.

The internal section (yearly reports, improvements for politicians) is private to the groups
Handläggare and Politiker through Wagtail's page privacy: ``ensure_private`` gives the
section's root page that restriction and gives Handläggare the right to edit below it.
``InternalPageMixin`` adds a second lock so a misconfigured privacy setting cannot open it:
every internal page refuses readers outside those groups, is never in the sitemap and is
never cached, and in the admin only Handläggare (and superusers) have any page permission
on it or see it (``PortalPagePermissionPolicy``) — Redaktörer edit the public pages only.

The section's page models (``feedback.internal``) build on this module, so it names the
section's root by its model label (``SECTION_MODEL``) rather than importing it; migration 0006
names ``InternalPageMixin`` here, so it stays here.
"""

from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.utils.cache import add_never_cache_headers, patch_cache_control
from wagtail.models import (
    GroupPagePermission,
    PagePermissionTester,
    PageViewRestriction,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)
from wagtail.permission_policies.pages import PagePermissionPolicy

from home.review import PeerReviewTask
from municipalities.models import Municipality
from municipalities.roles import role_names
from portal.security.roles import PAGE_EDIT_PERMISSIONS, POLITICIANS, STAFF

READER_GROUPS = (STAFF, POLITICIANS)
SECTION_MODEL = "feedback.InternalIndexPage"
REVIEW_WORKFLOW = "Granskning av årsrapporter"
REVIEW_TASK = "Handläggarna granskar"


def user_in_groups(user, names) -> bool:
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    # Asked many times per admin request (every page's permissions): read the groups once.
    if not hasattr(user, "_portal_group_names"):
        user._portal_group_names = role_names(user)
    return not user._portal_group_names.isdisjoint(names)


def can_read_internal(user) -> bool:
    return user_in_groups(user, READER_GROUPS)


def can_edit_internal(user) -> bool:
    return user_in_groups(user, (STAFF,))


class InternalPagePermissionTester(PagePermissionTester):
    """Page permissions as usual for their own municipality's Handläggare and superusers;
    none at all for others."""

    def __init__(self, user, page):
        super().__init__(user, page)
        if page.path.startswith(hidden_internal_paths(user)):
            self.permissions = set()


def hidden_internal_paths(user):
    """Tree paths of the internal sections ``user`` may not see in the admin: every section,
    except for Handläggare their own municipality's (a section on no municipality's site is the
    role group's, as ``reader_groups`` says) and for superusers all. Read once per request
    (kept on the user)."""
    if not hasattr(user, "_hidden_internal_paths"):
        paths = ()
        if not user.is_superuser:
            sections = apps.get_model(SECTION_MODEL).objects.values_list("path", flat=True)
            visible = own_sections(user) if can_edit_internal(user) else lambda path: False
            paths = tuple(path for path in sections if not visible(path))
        user._hidden_internal_paths = paths
    return user._hidden_internal_paths


def own_sections(user):
    """Whether a section's path is one of ``user``'s, the Handläggare: under the home page of a
    municipality whose Handläggare they are, or under no municipality's and in the role group."""
    groups = set(user.groups.values_list("name", flat=True))
    homes = list(Municipality.objects.values_list("site__root_page__path", "staff__name"))
    own = tuple(path for path, staff in homes if staff in groups)
    every = tuple(path for path, _staff in homes)
    return lambda path: path.startswith(own) or (STAFF in groups and not path.startswith(every))


class PortalPagePermissionPolicy(PagePermissionPolicy):
    """Wagtail's page permissions, except that an internal section is its own municipality's
    Handläggare's alone.

    Redaktörer hold their permissions on the root, so by inheritance they would reach the
    internal section too. Every admin listing, search, chooser and report asks this policy,
    so excluding the section here hides it everywhere in the admin.
    """

    def without_internal(self, user, pages):
        for path in hidden_internal_paths(user):
            pages = pages.exclude(path__startswith=path)
        return pages

    def user_has_any_permission_for_instance(self, user, actions, instance):
        if instance.path.startswith(hidden_internal_paths(user)):
            return False
        return super().user_has_any_permission_for_instance(user, actions, instance)

    def instances_user_has_any_permission_for(self, user, actions):
        pages = super().instances_user_has_any_permission_for(user, actions)
        return self.without_internal(user, pages)

    def explorable_instances(self, user):
        return self.without_internal(user, super().explorable_instances(user))


class InternalPageMixin:
    """For every page type of the internal section."""

    def serve(self, request, *args, **kwargs):
        if not can_read_internal(request.user):
            return redirect_to_login(request.get_full_path(), settings.WAGTAIL_FRONTEND_LOGIN_URL)
        response = super().serve(request, *args, **kwargs)
        add_never_cache_headers(response)
        patch_cache_control(response, private=True)
        return response

    def serve_preview(self, request, mode_name):
        # Every admin preview (of an edit, a revision, a new unsaved page, a workflow task)
        # ends here: only Handläggare see a draft of the section, with its counts.
        if not can_edit_internal(request.user):
            raise Http404
        return super().serve_preview(request, mode_name)

    def permissions_for_user(self, user):
        return InternalPagePermissionTester(user, self)

    def get_sitemap_urls(self, request=None):
        return []


def reader_groups(page):
    """The Handläggare and Politiker of the municipality whose site ``page`` is on (the groups
    of those names on an install without municipalities)."""
    municipality = Municipality.objects.filter(
        site__root_page__in=page.get_ancestors(inclusive=True)
    ).first()
    if municipality is not None:
        return [municipality.staff, municipality.politicians]
    return [Group.objects.get_or_create(name=name)[0] for name in READER_GROUPS]


def review_workflow_name(staff):
    """One review workflow per municipality, named for its Handläggare group."""
    return REVIEW_WORKFLOW if staff.name == STAFF else f"{REVIEW_WORKFLOW} – {staff.name}"


def ensure_private(page):
    """Restrict a page to its municipality's Handläggare and Politiker, let those Handläggare
    edit below it, and let them (not Redaktörer, not another municipality's Handläggare)
    review what is submitted for review there, never their own."""
    groups = reader_groups(page)
    restriction = PageViewRestriction.objects.filter(
        page=page, restriction_type=PageViewRestriction.GROUPS
    ).first()
    if restriction is None:
        restriction = PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.GROUPS
        )
    restriction.groups.add(*groups)
    staff = groups[0]
    for codename in PAGE_EDIT_PERMISSIONS:
        GroupPagePermission.objects.get_or_create(
            group=staff,
            page=page,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            ),
        )
    workflow, created = Workflow.objects.get_or_create(name=review_workflow_name(staff))
    if created:
        task = PeerReviewTask.objects.create(name=REVIEW_TASK)
        task.groups.add(staff)
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})


def make_section_private(sender, instance, created, raw=False, **kwargs):
    """However the internal section is created, it is private from its first save (connected
    to the section's ``post_save`` in ``FeedbackConfig.ready``)."""
    if created and not raw:
        ensure_private(instance)
