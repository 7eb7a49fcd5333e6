"""The pattern sections of detection's tables: each loads and compiles once, the
loader refuses a broken entry naming its file and key, and one entry of every
table finds its value in a made-up line."""

from __future__ import annotations

import copy

import pytest

from redactor.core.detect.tables import lexicon
from redactor.core.detect.tables.patterns import Patterns, expand, patterns
from redactor.core.detect.tables.schema import SCHEMAS, Kind, TableError

# (table, section, pieces the code supplies, pattern, a made-up line, what it finds)
_ONE_ENTRY_EACH = [
    ("numbers", "phones", {}, "cn_mobile", "电话 13912345678 ", "13912345678"),
    ("numbers", "id_numbers", {}, "cn_id", "ID 11010519491231002X", "11010519491231002X"),
    ("numbers", "cards", {}, "card", "card 4111 1111 1111 1111", "4111 1111 1111 1111"),
    ("numbers", "emails", {}, "email", "mail: jane.roe@example.org", "jane.roe@example.org"),
    ("numbers", "waybills", {}, "waybill", "No. SF1234567890123", "SF1234567890123"),
    ("numbers", "dates", {}, "digits_date", "20240131", "20240131"),
    ("addresses", "shapes", {}, "cn_building_room", "某路3号楼2单元", "3号楼2单元"),
    ("names", "shapes", {}, "card_name", "ROE/JANE MS", "ROE/JANE MS"),
    ("blocks", "shapes", {"months": "feb", "units": "ml"}, "quantity", "each 250 ml", "250 ml"),
    ("layout", "staff_lines", {}, "staff", " 4821 Jane ", " 4821 Jane "),
]


def _pieces(file: str, section: str, given: dict[str, str]) -> dict[str, str]:
    """What the code passes in for ``file``'s section: stand-ins that compile."""
    data = lexicon.table(file)
    refs = {r for v in data[section].values() for r in _refs(v)}
    refs |= {r for v in data.get("shared", {}).values() for r in _refs(v)}
    own = set(data[section]) | set(data.get("shared", {}))
    stand_in = {r: "(?!)" for r in refs - own}  # a piece that never matches
    return {**stand_in, **given}


def _refs(text: str) -> list[str]:
    from redactor.core.detect.tables.schema import REFERENCE

    return REFERENCE.findall(text)


@pytest.mark.parametrize(("file", "section", "given", "name", "line", "found"), _ONE_ENTRY_EACH)
def test_one_entry_of_each_table_finds_its_value(
    file: str, section: str, given: dict, name: str, line: str, found: str
) -> None:
    loaded = patterns(file, section, **_pieces(file, section, given))
    m = loaded[name].search(line)
    assert m is not None and m.group(0) == found


@pytest.mark.parametrize("file", sorted({f for f, *_ in _ONE_ENTRY_EACH}))
def test_every_shape_section_is_declared_and_refuses_a_broken_entry(file: str) -> None:
    shape_sections = [s for s in SCHEMAS[file].sections if s.any_key is Kind.SHAPE]
    assert shape_sections
    data = copy.deepcopy(lexicon.table(file))
    section = shape_sections[-1].name
    data[section]["broken"] = r"(\d{3}"
    with pytest.raises(TableError, match=rf"{SCHEMAS[file].file}: \[{section}\] broken"):
        SCHEMAS[file].check(data)
    data[section]["broken"] = ["a list"]
    with pytest.raises(TableError, match=r"broken must be a regular expression"):
        SCHEMAS[file].check(data)


def test_a_reference_to_nothing_or_to_itself_is_refused() -> None:
    with pytest.raises(TableError, match=r"x.toml: \[s\] a: \$\{nope\} names no pattern"):
        expand("x.toml: [s]", {"a": r"\d${nope}"}, {})
    with pytest.raises(TableError, match=r"refers to itself"):
        expand("x.toml: [s]", {"a": "${b}", "b": "${a}"}, {})


def test_references_expand_to_entries_shared_entries_and_pieces() -> None:
    texts = expand("x.toml: [s]", {"a": "${b}-${p}", "b": "[${stars}]"}, {"p": "q", "stars": "*"})
    assert texts == {"a": "[*]-q", "b": "[*]"}


def test_a_pattern_is_compiled_once_and_a_missing_name_is_a_table_error() -> None:
    phones = patterns("numbers", "phones")
    assert isinstance(phones, Patterns)
    assert phones["cn_mobile"] is phones["cn_mobile"]
    with pytest.raises(TableError, match=r"numbers.toml: \[phones\]: no pattern nope"):
        phones["nope"]


def test_a_waybill_mark_piece_reaches_the_name_shapes() -> None:
    names = patterns(
        "names",
        "shapes",
        **_pieces("names", "shapes", {"waybill_mark": "[送]", "waybill_marks": "送"}),
    )
    assert names["waybill_unread"].fullmatch("送 AB12") is not None
