import pytest

from tests.factories.municipalities import member

from .county import three_municipalities


@pytest.fixture
def as_staff_of(client):
    """Log ``client`` in as a new Handläggare of ``municipality``."""

    def login(municipality):
        client.force_login(member(municipality.staff))
        return client

    return login


@pytest.fixture
def county():
    """Första, Norrby and Söderå with their figures (``county.three_municipalities``)."""
    return three_municipalities()
