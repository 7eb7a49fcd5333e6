"""Phone numbers a sentence asks its reader to call: a person named between the words
asking and the number, words in other languages, a number a line break cut in two."""

from __future__ import annotations

from redactor.core.detect.text.cued_phones import called_names, cued_phones
from tests.core.test_layout import masked_parts, stack


def _numbers(text: str) -> list[str]:
    return [text[s.start : s.end] for s in cued_phones(text)]


def test_a_named_callee_between_the_cue_and_the_number() -> None:
    assert _numbers("Questions? Please contact Mrs Penrose on 07700 912345. Thanks!") == [
        "07700 912345"
    ]
    assert _numbers("All enquiries to Bartholomew Quayle on 01632 96054") == ["01632 96054"]
    assert _numbers("Para cualquier duda, llame a Sra. Olmedo al 612 345 678.") == ["612 345 678"]


def test_no_link_or_a_date_is_no_called_number() -> None:
    assert _numbers("Contact Penrose 07700 912345") == []  # a name and no "on": a list
    assert _numbers("Please contact the office on 12-06-2026 to book.") == []
    assert _numbers("Contact Mrs Penrose on Monday 12 06 2026") == []


def test_a_cue_abbreviated_spelt_out_or_naming_its_number() -> None:
    # a digit short or long, as a form's writer may leave it: the cue still announces it
    assert _numbers("Delays will be sent by text to 020 7946 01287.") == ["020 7946 01287"]
    assert _numbers("The boys may telephone Odile on 07700 9184 at night.") == ["07700 9184"]
    assert _numbers("Tel. No. 0161 555 0193") == ["0161 555 0193"]
    assert _numbers("Your mobile number: 020 7946 075121") == ["020 7946 075121"]


def test_a_cue_before_no_phone_masks_nothing() -> None:
    assert _numbers("Reply to 14 March 2027 at the latest") == []
    assert _numbers("Mobile number 2 of 3 for 1234567") == []
    assert _numbers("Go to 2027-03-14 in the calendar") == []


def test_a_wrapped_number_ending_a_sentence() -> None:
    parts = masked_parts(
        stack(
            "Here is the signed page. Please pass it on. My mobile is 0113",
            "496 0772. Ref. the quote of last week.",
        )
    )
    assert {"0113", "496 0772"} <= parts["phone"]


def test_a_short_called_number_goes_on_under_its_line() -> None:
    parts = masked_parts(stack("有事可以直接打我电话1556123", "9838", "谢谢大家"))
    assert {"1556123", "9838"} <= parts["phone"]


def test_a_called_number_makes_no_block_of_its_paragraph() -> None:
    parts = masked_parts(
        stack(
            "Family flowers only; donations if desired to the Lifeboat",
            "Foundation.",
            "All enquiries to Maud on 07700 912345",
        )
    )
    assert parts["phone"] == {"07700 912345"}
    assert not any("Foundation" in t for t in parts.get("name", set()))


def _callees(text: str) -> list[str]:
    return [text[s.start : s.end] for s in called_names(text)]


def test_the_person_a_sentence_asks_to_call_is_a_name() -> None:
    assert _callees("To settle this, please call Ottoline on 0161 496 0734 today.") == ["Ottoline"]
    assert _callees("Questions? Please contact Mrs Penrose on 07700 912345.") == ["Penrose"]
    assert _callees("Para cualquier duda, llame a Sra. Olmedo al 612 345 678.") == ["Olmedo"]


def test_a_team_or_a_business_to_call_is_no_name() -> None:
    assert _callees("Please call Customer Services on 0800 123 4567.") == []
    assert _callees("Contact Quillby Holdings Ltd on 0161 496 0000") == []
    assert _callees("Contact Penrose 07700 912345") == []  # no "on": a list
