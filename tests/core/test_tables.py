"""Detection's tables: each is checked against its schema when loaded, and a label
added to a table is found without a change to the code."""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from redactor.core.detect.tables.lexicon import TABLES, table
from redactor.core.detect.tables.schema import SCHEMAS, TableError

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_every_table_file_matches_its_schema(name: str) -> None:
    assert (TABLES / SCHEMAS[name].file).is_file()
    data = table(name)
    assert data and all(body for body in data.values())


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_an_unknown_key_is_refused_naming_the_file_and_key(name: str) -> None:
    data = copy.deepcopy(table(name))
    closed = [s.name for s in SCHEMAS[name].sections if s.any_key is None and s.name in data]
    if not closed:  # a table of named patterns only: any name is allowed, not any type
        data[next(iter(data))]["surnmaes"] = ["x"]
        with pytest.raises(TableError, match=r"surnmaes must be a"):
            SCHEMAS[name].check(data)
        return
    section = closed[0]
    data[section]["surnmaes"] = ["x"]
    with pytest.raises(
        TableError, match=rf"{SCHEMAS[name].file}: unknown key \[{section}\] surnmaes"
    ):
        SCHEMAS[name].check(data)
    with pytest.raises(TableError, match=r"unknown section \[extra\]"):
        SCHEMAS[name].check({**table(name), "extra": {}})


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_a_value_of_the_wrong_type_is_refused(name: str) -> None:
    data = copy.deepcopy(table(name))
    section, body = next(iter(data.items()))
    key = next(iter(body))
    data[section][key] = 3
    with pytest.raises(TableError, match=rf"\[{section}\] {key} must be a"):
        SCHEMAS[name].check(data)


def test_a_pattern_that_does_not_compile_is_refused() -> None:
    data = copy.deepcopy(table("addresses"))
    data["formats"]["us_zip"] = r"(\d{5}"
    with pytest.raises(TableError, match=r"addresses.toml: \[formats\] us_zip"):
        SCHEMAS["addresses"].check(data)


_FIND_NAMES = """
import json, sys
from redactor.core.detect import text_spans
from redactor.core.models import OcrLine, Quad

out = {}
for text in json.loads(sys.argv[1]):
    chars = tuple(Quad.from_bbox(100 + 20 * i, 100, 120 + 20 * i, 130) for i in range(len(text)))
    line = OcrLine(text, 0.95, Quad.from_bbox(100, 100, 100 + 20 * len(text), 130), chars)
    spans = text_spans([line])[0]
    out[text] = sorted({text[s.start:s.end] for s in spans if s.category.value == "name"})
print(json.dumps(out))
"""

# Labels no table knows yet (the field lexicon knows "Addressee" and 收货方 already),
# before values of no common name's shape (text/listed_names.py would find those alone).
_LINES = ["Collector: Ottilie Roe", "COLLECTOR Ottilie Roe", "领取方：张曌", "领取方 张曌"]
_FOUND = {
    "Collector: Ottilie Roe": ["Ottilie Roe"],
    "COLLECTOR Ottilie Roe": ["Ottilie Roe"],
    "领取方：张曌": ["张曌"],
    "领取方 张曌": ["张曌"],
}


def _names_found(package_root: Path) -> dict[str, list[str]]:
    done = subprocess.run(
        [sys.executable, "-c", _FIND_NAMES, json.dumps(_LINES)],
        cwd=package_root,
        env={"PYTHONPATH": str(package_root)},
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout)


def test_a_label_added_to_the_keyword_table_is_found_with_and_without_a_colon(
    tmp_path: Path,
) -> None:
    shutil.copytree(ROOT / "redactor", tmp_path / "redactor")
    assert all(found == [] for found in _names_found(tmp_path).values())
    path = tmp_path / "redactor" / "core" / "detect" / "tables" / "keywords.toml"
    text = path.read_text(encoding="utf-8")
    # One entry each: an English label that counts without a colon, a Chinese label.
    strong = text.index("[strong_english]")
    head, tail = text[:strong], text[strong:]
    tail = tail.replace("name = [", 'name = ["collector", ', 1)
    head = head.replace("name = [", 'name = ["领取方", ', 1)
    path.write_text(head + tail, encoding="utf-8")
    assert _names_found(tmp_path) == _FOUND


def test_a_label_added_to_the_field_lexicon_is_found_with_and_without_a_colon(
    tmp_path: Path,
) -> None:
    shutil.copytree(ROOT / "redactor", tmp_path / "redactor")
    path = tmp_path / "redactor" / "core" / "detect" / "tables" / "field_labels.toml"
    text = path.read_text(encoding="utf-8")
    # One line each, in the logistics domain's name entries.
    text = text.replace(
        'kind = "name", forms = ["sender", ', 'kind = "name", forms = ["collector", "sender", ', 1
    )
    text = text.replace(
        'kind = "name", forms = ["收件人", ', 'kind = "name", forms = ["领取方", "收件人", ', 1
    )
    path.write_text(text, encoding="utf-8")
    assert _names_found(tmp_path) == _FOUND


def test_a_waybill_mark_added_to_the_table_heads_a_name(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "redactor", tmp_path / "redactor")
    path = tmp_path / "redactor" / "core" / "detect" / "tables" / "names.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('marks = "收寄"', 'marks = "收寄送"', 1), encoding="utf-8")
    script = (
        "from redactor.core.detect.text.names import waybill_name\n"
        "print(waybill_name('送 张晓明 13800138000') is not None)"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=tmp_path,
        env={"PYTHONPATH": str(tmp_path)},
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip() == "True"
