"""Finding field labels in OCR lines, and the lexicon file's schema checks."""

from __future__ import annotations

from pathlib import Path

import pytest

from redactor.core.detect.tables import label_finder
from redactor.core.detect.tables.field_lexicon import (
    FIELD_LABELS,
    LexiconError,
    ValueKind,
    default_lexicon,
    load_lexicon,
)


def labels(line: str) -> list[tuple[str, ValueKind, str]]:
    """Each label found: its text, its kind and its value's text."""
    return [
        (line[m.start : m.end], m.kind, line[m.value_start : m.value_end])
        for m in default_lexicon().find(line)
    ]


def test_a_label_inside_a_longer_label_resolves_to_the_longer_one() -> None:
    assert labels("出生日期：1990-02-03") == [("出生日期", ValueKind.BIRTH_DATE, "1990-02-03")]
    assert labels("日期：2024-02-03") == [("日期", ValueKind.DATE, "2024-02-03")]
    assert labels("Date of Birth 03/02/1990") == [
        ("Date of Birth", ValueKind.BIRTH_DATE, "03/02/1990")
    ]
    assert labels("会员价 9.90")[0][1] is ValueKind.AMOUNT  # not the member label 会员


def test_an_unknown_word_before_a_readable_label_leaves_it_unknown() -> None:
    # "申领" is in no table: "申领日期" may be any date, a birth date too, so the line
    # announces no readable date; a personal suffix still counts (it can only mask more).
    assert labels("申领日期：2024-05-01") == []
    assert labels("Harvest Date 2024-05-01") == []
    assert [k for _, k, _ in labels("监护联系电话：13800000000")] == [ValueKind.PHONE]


def test_a_chinese_label_glued_to_its_value() -> None:
    assert labels("收件人张三") == [("收件人", ValueKind.NAME, "张三")]
    assert labels("收件人王五电话13800000000") == [
        ("收件人", ValueKind.NAME, "王五"),
        ("电话", ValueKind.PHONE, "13800000000"),
    ]


def test_glued_chinese_labels_read_as_one_whose_last_word_decides() -> None:
    assert labels("收件人手机号码：13900000000")[0][:2] == ("收件人手机号码", ValueKind.PHONE)
    assert labels("寄件人手机号：13900000000") == [("寄件人手机号", ValueKind.PHONE, "13900000000")]


def test_bilingual_labels_are_one_label() -> None:
    assert labels("姓名/NAME：李四") == [("姓名/NAME", ValueKind.NAME, "李四")]
    assert labels("户名 Name 王五") == [("户名 Name", ValueKind.NAME, "王五")]
    assert labels("证件号码(ID No.)：X0000000") == [
        ("证件号码(ID No", ValueKind.ID_NUMBER, "X0000000")
    ]
    # Two different kinds side by side stay two labels.
    assert [k for _, k, _ in labels("日期 Date 姓名 Name")] == [ValueKind.DATE, ValueKind.NAME]
    assert len(default_lexicon().find("姓名/NAME")[0].parts) == 2


def test_abbreviations_punctuation_width_and_case() -> None:
    assert labels("Tel.: 555 0100") == [("Tel", ValueKind.PHONE, "555 0100")]
    assert labels("TEL NO 555 0100") == [("TEL NO", ValueKind.PHONE, "555 0100")]
    assert labels("TelNo.555 0100") == [("TelNo", ValueKind.PHONE, "555 0100")]
    assert labels("A/C No. 000123456789") == [("A/C No", ValueKind.ID_NUMBER, "000123456789")]
    assert labels("D.O.B: 01/01/1990")[0][1] is ValueKind.BIRTH_DATE
    assert labels("ＴＥＬ：５５５") == [("ＴＥＬ", ValueKind.PHONE, "５５５")]
    assert labels("收　件　人：某某") == [("收　件　人", ValueKind.NAME, "某某")]
    assert labels("e-mail - someone@example.org")[0][1:] == (
        ValueKind.EMAIL,
        "someone@example.org",
    )


def test_a_latin_label_is_a_whole_word() -> None:
    assert labels("Pastel 2") == []  # no "tel" inside a word
    assert labels("Telling 2") == []
    assert labels("a id 5") == [("id", ValueKind.ID_NUMBER, "5")]  # not the code "aid"
    assert labels("Sub Total 5")[0][1] is ValueKind.AMOUNT


def test_bare_words_count_only_as_a_line_opening_before_a_colon() -> None:
    assert labels("To: Jane Roe") == [("To", ValueKind.PARTY, "Jane Roe")]
    assert labels("FROM") == [("FROM", ValueKind.PARTY, "")]
    assert all(k is not ValueKind.PARTY for _, k, _ in labels("Valid from 2024 to 2025"))
    assert labels("收：赵六")[0][1] is ValueKind.NAME
    assert labels("收益 300") == []


def test_several_labels_on_one_line_split_the_values() -> None:
    line = "Qty 2  Unit Price 3.50  Amount 7.00"
    assert labels(line) == [
        ("Qty", ValueKind.QUANTITY, "2"),
        ("Unit Price", ValueKind.AMOUNT, "3.50"),
        ("Amount", ValueKind.AMOUNT, "7.00"),
    ]
    found = default_lexicon().find("  * 收件人: 某某")
    assert found[0].at_line_start and found[0].start == 4


# --- the file's schema -----------------------------------------------------------------


def write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "labels.toml"
    path.write_text(body, encoding="utf-8")
    return path


ENTRY = '{ lang = "zh", kind = "name", forms = ["收件人"] }'


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            '[shop]\nlabels = [{ lang = "zh", kind = "nme", forms = ["收件人"] }]',
            "unknown kind 'nme'",
        ),
        ('[shop]\nlabels = [{ lang = "zh", kind = "name", forms = [] }]', "non-empty list"),
        (
            '[shop]\nlabels = [{ lang = "zh", kind = "name", forms = [" 收件人"] }]',
            "surrounding spaces",
        ),
        (
            '[shop]\nlabels = [{ lang = "zh", kind = "name", forms = ["..."] }]'.replace(
                "zh", "en"
            ),
            "has no letters",
        ),
        (
            '[shop]\nlabels = [{ lang = "zh", kind = "name", form = ["收件人"] }]',
            "unknown keys ['form']",
        ),
        ('[shop]\nlabels = [{ lang = "xx", kind = "name", forms = ["nom"] }]', "unknown lang 'xx'"),
        (
            '[shop]\nlabels = [{ lang = "en", kind = "name", forms = ["收件人"] }]',
            "not written in lang",
        ),
        (
            '[shop]\nlabels = [{ lang = "zh", kind = "name", forms = ["收件人"], strict = "yes" }]',
            "'strict'",
        ),
        (f"[shop]\nlabels = [{ENTRY}]\nnote = 1", "[shop] has unknown keys ['note']"),
        ("[shop]\nlabels = []", "non-empty 'labels' list"),
        ("[Shop]\nlabels = [1]", "is not a domain table"),
        ("[shop]\nlabels = [1]", "an entry is a table"),
        ("[shop\n", "cannot be read as TOML"),
    ],
)
def test_a_broken_entry_is_named_with_its_file(tmp_path: Path, body: str, message: str) -> None:
    with pytest.raises(LexiconError) as err:
        load_lexicon(write(tmp_path, body))
    assert "labels.toml" in str(err.value) and message in str(err.value)


def test_a_form_listed_with_two_kinds_is_refused_naming_both_entries(tmp_path: Path) -> None:
    body = (
        f"[shop]\nlabels = [{ENTRY}]\n"
        '[post]\nlabels = [{ lang = "zh", kind = "date", forms = ["日期"] },'
        ' { lang = "zh", kind = "phone", forms = ["收 件 人"] }]'
    )
    with pytest.raises(LexiconError) as err:
        load_lexicon(write(tmp_path, body))
    text = str(err.value)
    assert "[post] entry 2 ('收 件 人')" in text and "[shop] entry 1 ('收件人')" in text
    assert "as name" in text


def test_a_form_may_repeat_in_another_domain_with_its_kind_but_not_in_its_own(
    tmp_path: Path,
) -> None:
    again = '{ lang = "zh", kind = "name", forms = ["收件人"] }'
    lexicon = load_lexicon(
        write(tmp_path, f"[shop]\nlabels = [{ENTRY}]\n[post]\nlabels = [{again}]")
    )
    assert lexicon.find("收件人：某某")[0].kind is ValueKind.NAME
    with pytest.raises(LexiconError, match=r"\[shop\] entry 2 .*repeats"):
        load_lexicon(write(tmp_path, f"[shop]\nlabels = [{ENTRY}, {again}]"))


def test_an_entry_added_to_a_copy_of_the_table_is_found(tmp_path: Path) -> None:
    line = "取件柜密码 8A8A"
    assert labels(line) == []
    text = FIELD_LABELS.read_text(encoding="utf-8")
    head = "[logistics]"
    at = text.index("labels = [\n", text.index(head)) + len("labels = [\n")
    added = '  { lang = "zh", kind = "id_number", forms = ["取件柜密码"] },\n'
    copy = write(tmp_path, text[:at] + added + text[at:])
    found = load_lexicon(copy).find(line)
    assert [(m.kind, m.label.domain) for m in found] == [(ValueKind.ID_NUMBER, "logistics")]


def test_the_lexicon_remembers_a_bounded_number_of_lines(monkeypatch) -> None:
    """Steps ask for the same lines' labels again and again: the answer is kept, the
    same as a fresh reading, and the store never outgrows its bound in a long batch."""
    lexicon = default_lexicon()
    monkeypatch.setattr(label_finder, "_REMEMBERED", 5)
    lexicon._found.clear()
    first = lexicon.find("收件人：某某 电话：")
    assert first and first is lexicon.find("收件人：某某 电话：")
    assert first == lexicon._find("收件人：某某 电话：")
    for k in range(12):
        lexicon.find(f"Name {k}")
        assert len(lexicon._found) <= 5
    lexicon._found.clear()
    lexicon.find("收件人：" + "某" * 2000)
    assert not lexicon._found
