import pytest
from django.template import Context, Template

from feedback.answers.statistics import display_count


@pytest.mark.parametrize(("count", "shown"), [(0, "färre än 5"), (4, "färre än 5"), (5, 5)])
def test_small_groups_are_never_shown_as_numbers(count, shown):
    assert str(display_count(count)) == str(shown)


def test_template_filter():
    rendered = Template("{% load feedback_tags %}{{ a|group_count }}|{{ b|group_count }}").render(
        Context({"a": 3, "b": 12})
    )
    assert rendered == "färre än 5|12"
