"""The page cache: whole rendered pages for anonymous readers, and the lookups it keeps fast.

Modules, lowest first (each imports only those above it):

- ``generation``: the generation number in every key; ``invalidate`` starts a new one.
- ``privacy``: which pages are private (Wagtail page privacy), read once per generation.
- ``middleware``: ``PageCacheMiddleware``, what is served from and stored in the cache.
- ``invalidation``: the signals that start a new generation when a public page can change.
- ``routing``: a deep page found by its URL path in one query.
"""
