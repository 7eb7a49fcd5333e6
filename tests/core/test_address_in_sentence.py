"""An address written into a printed sentence: the address is masked, the sentence's
words around it stay readable; a sentence that only has a word shaped like an address
part keeps all its words. Lines made up."""

from __future__ import annotations

from redactor.core.detect.text.address_in_sentence import sentence_address
from redactor.core.detect.text.addresses import looks_like_address
from tests.core.test_label_values import masked
from tests.core.test_layout import stack
from tests.core.test_values_not_labels import masked as masked_lines


def _parts(text: str) -> list[str] | None:
    found = sentence_address(text, len(text))
    return None if found is None else [text[a:b] for a, b in found]


def test_only_the_street_inside_a_sentence_is_masked() -> None:
    line = (
        "Dear Ms Okoro, thanks for asking us to value your flat at 48 Quarry Bank Crescent. Our fee"
    )
    parts = masked(stack(line)).get(line, {})
    # the sentence's stop after the street may go with it (a mask's edge, no word)
    assert {p.rstrip("."): c for p, c in parts.items()}.get("48 Quarry Bank Crescent") == "address"
    assert not any("thanks" in p or "Our fee" in p for p in parts)


def test_a_door_before_the_house_number_is_masked_as_a_door() -> None:
    line = "We will collect the boxes from Flat 7, 19 Orchard Way on the day you choose."
    parts = masked(stack(line)).get(line, {})
    assert parts.get("Flat 7") == "door"
    assert parts.get("19 Orchard Way") == "address"


def test_lower_case_words_before_a_suffix_word_are_no_street() -> None:
    for line in (
        "Please leave 3 boxes in place of the old ones and call us before noon.",
        "The crew arrives at 8 and the van parks on the drive while we load the boxes.",
        "Your flat at 4 is measured, the rest of the survey follows in our letter.",
    ):
        assert _parts(line) == [], line
        assert masked_lines(stack(line)) == [[]], line


def test_a_line_that_is_no_sentence_is_left_to_the_address_lines() -> None:
    assert _parts("48 Quarry Bank Crescent") is None
    assert masked(stack("48 Quarry Bank Crescent")) == {
        "48 Quarry Bank Crescent": {"48 Quarry Bank Crescent": "address"}
    }


def test_a_code_shaped_like_a_latin_postcode_in_a_chinese_sentence_is_no_address() -> None:
    """A plate or a model number inside a Chinese sentence may look like a UK postcode;
    the sentence holds no address and stays readable."""
    line = "您名下牌照为苏B·K37QD的小型客车已到年检期限"
    assert looks_like_address(line)
    assert _parts(line) == []


def test_a_rules_code_number_is_no_house_number() -> None:
    """A sentence with road words ("路口", "信号") and a code in brackets names no home;
    a sentence naming a house number keeps its address masked."""
    assert _parts("车辆在路口遇信号灯变化时未按规定让行的违章行为(编码6021)。") == []
    assert masked_lines(stack("本人现住东湖路18号3栋502室,特此说明。"))[0]


def test_a_sentences_words_before_a_suffix_word_are_no_street() -> None:
    """A number, lower-case words and a word that is also a street suffix ("…9:30 am in
    Court 4") in a sentence's line: no address, the line stays readable."""
    line = "2024-05-06 at 9:30 am in Court 4, Riverside Hall."
    assert _parts(line) == []
    assert masked_lines(stack(line)) == [[]]
