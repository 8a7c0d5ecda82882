"""The demo's own tests: the content `make run` loads, as a visitor or an editor meets it.

Every test here has the demo loaded (``demo_content``); tests elsewhere build their data with
tests/factories and never see it.
"""

import pytest


@pytest.fixture(autouse=True)
def _demo(demo_content):
    """The demo content, for every test in this folder."""
