"""Detection's vocabulary and value shapes live in its tables, not in code.

Every string literal in ``redactor/core/detect/**/*.py`` (docstrings aside) is
checked for three things, and no file may hold any:

- a Chinese character: a field word, a place, a surname, an address marker. The
  bounds of the CJK block (U+4E00, U+9FFF, U+3400, U+4DBF) are no word: code tests
  whether a character is Chinese with them.
- a field keyword of ``keywords.toml`` inside a pattern.
- a value regex: a counted run of digits, ``\\d{4}``, ``(?:\\s?\\d){9}`` or a class of
  digits with a count, ``[0-9]{12,22}``, ``[0-9*]{3,24}``. Every phone, ID, card,
  postcode, street-number and waybill shape says how many digits it has, and a
  mechanism (a boundary, "has a digit", a token of letters and digits) has no need
  to; a class with a letter range (``[A-Za-z0-9]{1,4}``) is a token, not a value.
  Such shapes are named entries of the ``tables/*.toml`` pattern sections.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from redactor.core.detect.tables.lexicon import table

DETECT = Path(__file__).resolve().parents[2] / "redactor" / "core" / "detect"
_CJK = re.compile(r"[\u4e01-\u9ffe\u3401-\u4dbe]")  # the block, bounds aside
_PATTERN = re.compile(r"[|\\]|\(\?")  # a literal that is a regular expression
_DIGIT_CLASS = r"\[(?![^\]]*[A-Za-z]-[A-Za-z])[^\]]*0-9[^\]]*\]"
_VALUE_REGEX = re.compile(rf"(?:\\d|{_DIGIT_CLASS})\)?\{{\d")


def _keywords() -> re.Pattern[str]:
    words = {
        w
        for words in table("keywords")["keywords"].values()
        for w in words
        if len(w) >= 4 and w.isascii() and w.isalpha()
    }
    return re.compile(r"(?i)\b(?:" + "|".join(sorted(words)) + r")\b")


def vocabulary_literals(source: str) -> list[str]:
    """The string literals of ``source`` (docstrings aside) that hold vocabulary or
    a value regex."""
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
        and (
            _CJK.search(node.value)
            or _VALUE_REGEX.search(node.value)
            or (_PATTERN.search(node.value) and words.search(node.value))
        )
    ]


def test_detect_code_holds_no_vocabulary_and_no_value_regex() -> None:
    found = {}
    for path in sorted(DETECT.rglob("*.py")):
        literals = vocabulary_literals(path.read_text(encoding="utf-8"))
        if literals:
            found[path.relative_to(DETECT).as_posix()] = literals
    assert found == {}, "move these words or patterns into detect/tables/*.toml"


def test_a_keyword_or_chinese_literal_in_code_is_noticed() -> None:
    assert vocabulary_literals('LABEL = re.compile(r"收货方")') == ["收货方"]
    assert vocabulary_literals('WORD = re.compile(r"(?i)consignee|addressee")') == [
        "(?i)consignee|addressee"
    ]
    assert vocabulary_literals('table("keywords")["name"]') == []  # a key, not a pattern
    assert vocabulary_literals('"""收件人 in a docstring."""\nX = r"\\d+"') == []
    # The bounds of the CJK block test whether a character is Chinese: no word.
    assert vocabulary_literals('ok = "\\u4e00" <= c <= "\\u9fff"') == []


def test_a_value_regex_in_code_is_noticed() -> None:
    for shape in (
        r"1[3-9]\d{9}",  # a mobile
        r"(?<![0-9])[0-9]{12,22}",  # a waybill
        r"[A-Z]{2}(?:\s?\d){9}",  # a postal item
        r"\s*[0-9*\-\s]{3,24}\s*",  # a masked number's tail
    ):
        assert vocabulary_literals(f"P = re.compile({shape!r})") == [shape]
    for mechanism in (r"\d", r"(?<![0-9A-Za-z])", r"\s*[A-Za-z0-9]{1,4}\s*", r"\D"):
        assert vocabulary_literals(f"P = re.compile({mechanism!r})") == []
