"""Readability (LIX) of the texts children read, for editors and reviewers.

``lix`` counts sentences, words and LIX; ``verdict`` holds each age band's target and sentence
limits and the per-band verdict; ``panel`` is the editor's LIX panel, ``messages`` the warnings
after saving, ``review`` the reviewer's dialog and ``report`` the admin report of every page.
"""
