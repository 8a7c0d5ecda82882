"""Search the children's pages in their own words (``/sok/``).

``query``: the words looked for (synonyms, little words left out) and the pages found, best
first; ``stemmer``: Swedish word stems for SQLite; ``synonyms``: the staff-edited
``SearchSynonym`` snippet; ``views``: the search page. Nothing is imported here, so the models
can import ``synonyms`` without loading the rest.
"""
