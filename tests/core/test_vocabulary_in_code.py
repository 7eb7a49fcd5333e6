"""Detection's vocabulary lives in its tables, not in code.

Every string literal in ``redactor/core/detect/**/*.py`` (docstrings aside) is
checked for Chinese characters, and patterns for the field keywords of ``keywords.toml``.
Files that still hold some have a budget that may only shrink (they are being
moved into the tables); any other file, a new one included, holds none.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from redactor.core.detect.tables.lexicon import table

DETECT = Path(__file__).resolve().parents[2] / "redactor" / "core" / "detect"
_CJK = re.compile(r"[\u4e00-\u9fff]")
_PATTERN = re.compile(r"[|\\]|\(\?")  # a literal that is a regular expression
# Literals with Chinese characters or a field keyword, per file, as of the move of
# the word lists into tables/: lower these as literals move, never raise them.
BUDGET = {
    "charclass.py": 1,
    "layout/address_wraps.py": 5,
    "layout/labels.py": 1,
    "layout/number_holders.py": 1,
    "layout/numbers_across_boxes.py": 1,
    "layout/person_blocks.py": 1,
    "text/addresses.py": 7,
    "text/names.py": 5,
    "text/not_personal.py": 2,
    "text/numbers.py": 2,
}


def _keywords() -> re.Pattern[str]:
    words = {
        w
        for words in table("keywords")["keywords"].values()
        for w in words
        if len(w) >= 4 and w.isascii() and w.isalpha()
    }
    return re.compile(r"(?i)\b(?:" + "|".join(sorted(words)) + r")\b")


def vocabulary_literals(source: str) -> list[str]:
    """The string literals of ``source`` (docstrings aside) that hold vocabulary."""
    tree = ast.parse(source)
    docs = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.FunctionDef | ast.ClassDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    words = _keywords()
    return [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docs
        and (_CJK.search(node.value) or (_PATTERN.search(node.value) and words.search(node.value)))
    ]


def test_detect_code_holds_no_more_vocabulary_than_its_budget() -> None:
    over = {}
    for path in sorted(DETECT.rglob("*.py")):
        name = path.relative_to(DETECT).as_posix()
        found = vocabulary_literals(path.read_text(encoding="utf-8"))
        if len(found) > BUDGET.get(name, 0):
            over[name] = found
    assert over == {}, "move these words or patterns into detect/tables/*.toml"


def test_a_keyword_or_chinese_literal_in_code_is_noticed() -> None:
    assert vocabulary_literals('LABEL = re.compile(r"收货方")') == ["收货方"]
    assert vocabulary_literals('WORD = re.compile(r"(?i)consignee|addressee")') == [
        "(?i)consignee|addressee"
    ]
    assert vocabulary_literals('table("keywords")["name"]') == []  # a key, not a pattern
    assert vocabulary_literals('"""收件人 in a docstring."""\nX = r"\\d+"') == []
