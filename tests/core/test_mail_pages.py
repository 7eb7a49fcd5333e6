"""An e-mail printout: its people are the names and addresses of its mailboxes, its
signature and the values inside its sentences; its header labels, subject, dates,
sentences, closings and the writer's job title stay readable. Lines made up."""

from __future__ import annotations

from redactor.core.detect.text.cued_phones import cued_phones
from redactor.core.detect.text.en_address_in_sentence import en_address_parts
from redactor.core.detect.text.mailboxes import mailbox_names
from redactor.core.detect.text.tracking import EMAILS
from tests.core.test_layout import stack
from tests.core.test_message_lines import masked


def _names(text: str) -> list[str]:
    return [text[s.start : s.end] for s in mailbox_names(text)]


def test_the_name_before_an_address_in_brackets_is_its_owner() -> None:
    assert _names("Olwen Tregarth <o.tregarth@example.net>") == ["Olwen Tregarth"]
    assert _names("Ivo Brandt<ivob@example.org>; Nell Okafor <nell@example.org>") == [
        "Ivo Brandt",
        "Nell Okafor",
    ]
    assert _names('"Tregarth, Olwen" <o.tregarth@example.net>') == ["Tregarth, Olwen"]


def test_a_quoted_replys_header_gives_the_name_not_its_words() -> None:
    text = "On 03-Mar-2027 at 08:15, Ivo Brandt <ivob@example.org> wrote:"
    assert _names(text) == ["Ivo Brandt"]


def test_a_label_glued_before_a_chinese_name_is_no_part_of_it() -> None:
    assert _names("发件人王建国 <wjg@example.cn>") == ["王建国"]


def test_a_business_before_its_address_is_no_ones() -> None:
    assert _names("Harbourside Lettings Ltd <lettings@example.com>") == []


def test_the_address_is_masked_with_its_angle_brackets() -> None:
    m = EMAILS["email"].search("Nell Okafor <nell@example.org>;")
    assert m is not None and m.group() == "<nell@example.org>"


def test_a_copied_mailbox_under_a_cc_label_is_masked() -> None:
    # "Cc" is also a vehicle's cubic capacity (a product label): the name before an
    # address is personal whatever label stands above it.
    lines = stack("Cc:", "Ivo Brandt <ivob@example.org>")
    assert masked(lines)[lines[1].text] == ["<ivob@example.org>", "Ivo Brandt"]


def test_a_letters_sentences_keep_their_words_around_a_phone() -> None:
    lines = stack(
        "Hello Tamsin,",
        "The parcel is with the porter now. Ring me on 07700 900417 if it goes missing.",
        "We will collect the old boiler on Tuesday, so please leave the side gate open.",
        "Best wishes,",
        "Ivo Brandt",
        "Site Coordinator",
        "Harbourside Lettings Ltd",
    )
    got = masked(lines)
    assert got[lines[1].text] == ["07700 900417"]
    assert lines[2].text not in got  # a sentence, nothing personal in it
    assert lines[3].text not in got  # the closing
    assert got[lines[4].text] == ["Ivo Brandt"]
    assert lines[5].text not in got  # the writer's job title
    assert lines[6].text not in got  # the writer's company


def test_a_quoted_replys_text_keeps_its_words() -> None:
    lines = stack(
        "On 03-Mar-2027 at 08:15, Ivo Brandt <ivob@example.org> wrote:",
        "Fine by me, I'll be around all morning. Text me on 0161 496 0733",
    )
    got = masked(lines)
    assert got[lines[0].text] == ["<ivob@example.org>", "Ivo Brandt"]
    assert got[lines[1].text] == ["0161 496 0733"]


def test_a_number_a_sentence_asks_to_call_is_a_phone_whatever_its_length() -> None:
    text = "If the van is late, text me on 020 7946 058812."
    assert [text[s.start : s.end] for s in cued_phones(text)] == ["020 7946 058812"]
    assert cued_phones("Call on 12-06-2026 to confirm the date.") == []


def test_the_number_under_a_line_that_asks_to_call_is_a_phone() -> None:
    lines = stack(
        "Dear Tamsin,",
        "The keys are at the front desk. If anything changes, please text me",
        "on 07700 9123. Thanks for your patience.",
    )
    assert masked(lines)[lines[2].text] == ["07700 9123"]


def test_an_address_inside_a_sentence_is_masked_part_by_part() -> None:
    text = "The spare key is with the porter at Flat 9, 31 Orchard Road, LS6 2QT. Text me if"
    parts = en_address_parts(text, 0, len(text))
    assert parts is not None
    # the stop after the postcode goes with it (a mask edge, no word of the sentence)
    assert [text[a:b] for a, b in parts] == ["Flat 9", "31 Orchard Road", "LS6 2QT."]


def test_an_address_line_is_no_sentence() -> None:
    text = "Flat 9, 31 Orchard Road, LS6 2QT"
    assert en_address_parts(text, 0, len(text)) is None


def test_a_webmail_recipients_row_masks_the_names_not_to_me() -> None:
    lines = stack("Ivo Brandt <ivob@example.org>", "to me, Tamsin, Orla")
    assert masked(lines)[lines[1].text] == ["Orla", "Tamsin"]


def test_a_chat_nickname_keeps_the_relation_word() -> None:
    lines = stack("欧阳明轩妈妈", "@司马静怡你的快递放我家门口了", "有事打我电话13912345678")
    got = masked(lines)
    assert got[lines[0].text] == ["欧阳明轩"]
    assert "你的快递放我家门口了" not in "".join(got.get(lines[1].text, []))


def test_a_flat_number_by_dashes_in_a_chat_is_a_door() -> None:
    lines = stack("欧阳明轩妈妈", "7-2-905", "@司马静怡你的快递放我家门口", "了,12-3-1702")
    got = masked(lines)
    assert got[lines[1].text] == ["7-2-905"]
    assert "12-3-1702" in got[lines[3].text]


def test_a_pickup_code_of_the_same_shape_is_no_door() -> None:
    lines = stack("取货码", "7-2-905", "请凭取件码及时取件")
    assert lines[1].text not in masked(lines)


def test_a_contact_cards_display_name_is_masked_above_its_account() -> None:
    lines = stack("司马静怡", "微信号: wxid_q8z2k4m1", "个人名片")
    got = masked(lines)
    assert got[lines[0].text] == ["司马静怡"]
    assert lines[2].text not in got  # the card's caption


def test_a_webmail_header_keeps_its_title_and_subject() -> None:
    lines = stack(
        "Pigeonpost - Re: Boiler service on Friday",
        "Tamsin Kerr <tamsin.kerr@example.net>",
        "Pigeonpost",
        "Re: Boiler service on Friday",
    )
    got = masked(lines)
    assert got[lines[1].text] == ["<tamsin.kerr@example.net>", "Tamsin Kerr"]
    for k in (0, 2, 3):
        assert lines[k].text not in got  # the mail service's own words and the subject


def test_a_greetings_words_stay_when_its_name_comes_back() -> None:
    lines = stack(
        "Tamsin Quinn <tamsin.quinn@example.net>",
        "Hi Tamsin,",
        "The engineer will call in the morning, so please keep the hallway clear.",
    )
    assert masked(lines)[lines[1].text] == ["Tamsin"]


def test_a_signatures_short_phone_label_announces_the_number() -> None:
    text = "M: 07700 9001234"
    assert [text[s.start : s.end] for s in cued_phones(text)] == ["07700 9001234"]


def test_an_address_wrapped_into_the_next_line_of_a_sentence() -> None:
    text = "LEEDS LS6 2QT. If the van is late, please text me"
    parts = en_address_parts(text, 0, len(text))
    assert parts is not None and [text[a:b] for a, b in parts] == ["LEEDS LS6 2QT."]
