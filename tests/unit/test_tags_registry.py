"""Registry `tags`: words the landing page's search and tag chips filter by. What the registry
accepts, and each mistake refused in one line naming the entry and the field."""

import re

import pytest

from dashfleet.registry import RegistryError, parse
from tests.helpers import SALES_ENTRY

VALID = '[site]\ntitle = "Fleet"\n[landing]\nservice = "landing"\napp = "landing:create_app"\n' + SALES_ENTRY


def sales(extra: str = ""):
    (board,) = parse(VALID + extra).dashboards
    return board


def test_tags_are_optional_and_kept_in_order():
    assert sales().tags == ()
    assert sales('tags = ["sales", "finance", "north-eu", "2024"]\n').tags == (
        "sales",
        "finance",
        "north-eu",
        "2024",
    )
    assert len(sales(f"tags = {[f't{i}' for i in range(8)]}\n".replace("'", '"')).tags) == 8


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ('"sales"', "tags must be a list of at most 8"),
        ("[" + ", ".join(f'"t{i}"' for i in range(9)) + "]", "tags must be a list of at most 8"),
        ('["Sales"]', "tag 'Sales' must be lowercase letters and digits"),
        ('["north eu"]', "tag 'north eu' must be lowercase"),
        ('["north_eu"]', "tag 'north_eu' must be lowercase"),
        ('["-sales"]', "tag '-sales' must be lowercase"),
        ('["sales-"]', "tag 'sales-' must be lowercase"),
        ('["a--b"]', "tag 'a--b' must be lowercase"),
        ('[""]', "tag '' must be lowercase"),
        ('["sales\\n"]', "tag 'sales\\n' must be lowercase"),
        ('["<script>"]', "tag '<script>' must be lowercase"),
        ('["ventes-été"]', "tag 'ventes-été' must be lowercase"),
        ("[1]", "tag 1 must be lowercase"),
        ('["' + "a" * 25 + '"]', "at most 24 characters"),
        ('["sales", "sales"]', "tags lists a tag twice"),
    ],
)
def test_a_malformed_tag_is_refused_in_one_line_naming_the_entry(value, message):
    with pytest.raises(RegistryError, match=re.escape(message)) as caught:
        parse(VALID + f"tags = {value}\n")
    assert str(caught.value).startswith("dashboards.toml: [dashboards.sales]: ")
    assert "\n" not in str(caught.value).replace("\\n", "")
