import pytest

from tests.factories.municipalities import member


@pytest.fixture
def as_staff_of(client):
    """Log ``client`` in as a new Handläggare of ``municipality``."""

    def login(municipality):
        client.force_login(member(municipality.staff))
        return client

    return login
