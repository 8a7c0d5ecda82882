from django.urls import path
from wagtail import hooks

from portal.security.login_unlock import URL_NAME, UnlockView, menu_item


@hooks.register("on_serve_page")
def mark_page_for_the_page_cache(serve):
    """Tell ``portal.pagecache.middleware.PageCacheMiddleware`` which Wagtail page answered."""

    def inner(page, request, serve_args, serve_kwargs):
        request.page_cache_page = page
        return serve(page, request, serve_args, serve_kwargs)

    return inner


@hooks.register("register_admin_urls")
def register_login_unlock_url():
    return [path("inloggningssparrar/", UnlockView.as_view(), name=URL_NAME)]


@hooks.register("register_settings_menu_item")
def register_login_unlock_menu_item():
    return menu_item()
