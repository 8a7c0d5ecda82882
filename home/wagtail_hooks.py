from wagtail import hooks


@hooks.register("on_serve_page")
def mark_page_for_the_page_cache(serve):
    """Tell ``home.cache.PageCacheMiddleware`` which Wagtail page answered this request."""

    def inner(page, request, serve_args, serve_kwargs):
        request.page_cache_page = page
        return serve(page, request, serve_args, serve_kwargs)

    return inner
