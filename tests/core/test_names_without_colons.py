"""Names that no colon sets off: a staff role word glued to (or a space before) a
name, and a name inside free text (a memo, a remark, a payment's purpose). The name
is masked; the role word, the label and the rest of the text stay readable."""

from __future__ import annotations

from redactor.core.detect.layout.printed_labels import printed_labels
from redactor.core.detect.text.role_names import role_names
from tests.core.test_layout import CHAR_W, LINE_H, make_line, stack
from tests.core.test_values_not_labels import masked


def test_a_role_word_the_lexicon_lacks_then_a_name_masks_the_name() -> None:
    """Roles are productive (what the person does, then 员 or 人): one the field
    lexicon does not list still announces the name glued to it or after a space."""
    assert masked(stack("质检员周子航", "巡检人 孙嘉")) == [["周子航"], ["孙嘉"]]


def test_a_practitioners_role_word_then_a_name_masks_the_name() -> None:
    # A practitioner's role ends in 师 (a therapist's, a stylist's): made-up words.
    assert masked(stack("理疗师：宋思远"))[0] == ["宋思远"]
    assert masked(stack("美容师 郭文杰"))[0] == ["郭文杰"]
    assert masked(stack("律师事务所")) == [[]]


def test_a_receipts_signing_line_names_its_duty_without_the_role_suffix() -> None:
    """收款 for 收款人: the duty alone, then the name; the duty's own longer words and
    an amount received after it are no name."""
    assert masked(stack("收款 罗文杰", "经手孙嘉")) == [["罗文杰"], ["孙嘉"]]
    for text in ("收款方式", "收款 100.00", "收款单位", "收款方式 微信"):
        assert list(role_names(text)) == [], text


def test_a_role_word_read_wrong_by_the_ocr_still_announces_a_compound_surname() -> None:
    assert masked(stack("沙检员欧阳明")) == [["欧阳明"]]


def test_words_that_open_like_a_role_and_a_name_are_no_role_and_name() -> None:
    """A one-character stem (会员), a label after the role (…人电话), a sentence, a
    word longer than a name."""
    for text in ("会员金卡", "收件人电话", "工作人员请核对", "持卡人 高速公路"):
        assert list(role_names(text)) == [], text


def test_a_staff_name_in_a_receipts_header_stays_masked() -> None:
    """The header is the shop's own (its address and phone stay readable), but the
    staff line printed in it is a person's."""
    lines = stack(
        "鲜果便利店",
        "理货员 马晓东",
        "苹果 2 12.00",
        "合计 12.00",
    )
    assert masked(lines)[1] == ["马晓东"]


def test_a_name_inside_a_memo_is_masked_word_by_word() -> None:
    assert masked(stack("附言：代梁宇航还款")) == [["梁宇航"]]
    assert masked(stack("Remarks: paid by Laura Chen for rent")) == [["Laura Chen"]]


def test_a_surname_and_an_honorific_inside_a_memo_is_a_name() -> None:
    """No given name: the honorific makes the surname a person's, glued, after a
    space or in brackets."""
    lines = stack("附言：交给黄女士", "备注：找司马 先生", "留言：请转邓（小姐）")
    assert masked(lines) == [["黄女士"], ["司马 先生"], ["邓（小姐）"]]
    assert masked(stack("备注：找物业")) == [[]]


def test_a_memo_under_its_label_is_read_word_by_word() -> None:
    assert masked(stack("备注", "转给韩梦瑶的定金")) == [[], ["韩梦瑶"]]


def test_a_phone_inside_a_memo_is_masked_not_the_memo() -> None:
    assert masked(stack("留言：到了请打13912345678谢谢")) == [["13912345678"]]


def test_ordinary_memo_words_stay_readable() -> None:
    """A month after "for", a fee's name, a product: no name in them."""
    assert masked(stack("Memo: for March rent", "用途：高速费", "备注：货款")) == [[], [], []]


def test_a_strict_chinese_label_before_its_english_partner_after_a_space() -> None:
    """ "名 Given Names": a one-character label counts before its bilingual partner
    whether a slash or a space parts them; its value beside it is masked."""
    assert [m.kind.value for m in printed_labels("名 Given Names")] == ["name"]
    assert printed_labels("名 Product") == ()
    label = make_line("名 Given Names", x=100, y=100)
    value = make_line("东", x=100 + 14 * CHAR_W + 2 * LINE_H, y=100)
    assert masked([label, value]) == [[], ["东"]]


def test_an_english_role_then_a_name_on_its_line() -> None:
    lines = stack("Front desk Maya", "Valuables must be left at the front desk")
    assert masked(lines) == [["Maya"], []]


def test_a_memos_door_number_and_a_phone_no_line_pattern_knows_are_masked() -> None:
    """A note read word by word still masks what the whole-note mask used to: a door
    number, and a long number of a country the phone patterns do not know; a count
    after the number and a storey stay readable."""
    parts = masked(stack("Notes: ring Omar on 07700 900123 15 min ahead, at No. 14, 2nd floor"))
    assert parts == [sorted(["Omar", "07700 900123", "No. 14"])]


def test_a_relative_named_inside_a_memo() -> None:
    """A kin word brings a name as "call" does; a surname may be printed in capitals."""
    assert masked(stack("Remarks: call wife Ruth AMBERLEY first")) == [["Ruth AMBERLEY"]]
    assert masked(stack("Note: ask neighbour Bram")) == [["Bram"]]


def test_a_landlord_or_a_tenant_named_inside_a_memo() -> None:
    """Whom a household rents from or lets to brings a name as a kin word does."""
    assert masked(stack("Remarks: Landlord Piet Jansen, keys at shop")) == [["Piet Jansen"]]
    assert masked(stack("Note: tenant Ruth Amberley")) == [["Ruth Amberley"]]
    assert masked(stack("Remarks: landlord pays water")) == [[]]


def test_a_memo_label_with_no_colon_opens_its_line() -> None:
    assert masked(stack("Remarks collect with Ruth Amberley")) == [["Ruth Amberley"]]
    assert masked(stack("Remarks back on Monday")) == [[]]
    # A word of a label inside the memo does not end it.
    assert masked(stack("Remarks 客户说由 Ms Amberley 来取")) == [["Ms Amberley"]]


def test_an_english_memo_label_glued_to_chinese_text() -> None:
    assert masked(stack("Remarks修好请致电91234567")) == [["91234567"]]
    assert masked(stack("Customer note: ring 9123 4567")) == [["9123 4567"]]


def test_a_notice_addresses_its_party_by_name_then_role() -> None:
    assert [s.category.value for s in role_names("周子航(当事人)：")] == ["name"]
    assert masked(stack("周子航(当事人)：", "你于某日在某路停车")) == [["周子航"], []]
    assert masked(stack("Ruth Amberley (Driver):")) == [["Ruth Amberley"]]


def test_a_bracketed_word_that_is_no_persons_role_announces_nothing() -> None:
    for text in ("你(单位)：", "合计(金额)：", "Total (Amount):"):
        assert list(role_names(text)) == [], text


def _named(text: str) -> list[str]:
    return [text[s.start : s.end] for s in role_names(text)]


def test_a_title_inside_a_sentence_announces_the_name_after_it() -> None:
    """A title written with a capital comes before a person's name only: the name is
    masked, the title, a degree in capitals after it and the rest stay readable."""
    line = "Completed by Dr Ottilie Vasquez-Marr (FY2), bleep 4410. Copy to GP."
    assert _named(line) == ["Ottilie Vasquez-Marr"]
    assert _named("Signed Dr Anselm Fairweather MBBS MRCGP") == ["Anselm Fairweather"]
    assert _named("Médico responsable: Dr/a. Íñigo Arrabal Cuesta") == ["Íñigo Arrabal Cuesta"]
    assert _named("since your last visit with Dr Quirke. Please call us") == ["Quirke"]
    assert _named("Ask for Mrs O'Dowell at the desk") == ["O'Dowell"]


def test_a_title_word_that_heads_no_name_masks_nothing() -> None:
    # A row of titles to tick, a verb that is a title too, an initial's dot.
    for line in ("□Mr □Mrs □Ms Miss □Dr", "Don't Miss Out on offers", "Vitamin D. Take daily"):
        assert _named(line) == []


def test_a_title_written_out_announces_the_name_after_it() -> None:
    """A deed or a judgment writes its titles in full and the surname often in
    capitals: the words after the title are masked, the title and the sentence not."""
    line = "Monsieur Arnaud QUERTIER remettra à Madame VALLOTON les clés du logement"
    assert _named(line) == ["Arnaud QUERTIER", "VALLOTON"]
    assert _named("assisté de Maître Odile Ravenel, avocat au barreau") == ["Odile Ravenel"]
    assert _named("Gentile Signora Brambati, la contattiamo") == ["Brambati"]


def test_a_title_written_out_before_an_office_or_a_greeting_masks_nothing() -> None:
    # An article after the title names an office; a salutation names no one.
    for line in ("Monsieur le Maire de la commune", "Madame la Présidente,", "Madame, Monsieur,"):
        assert _named(line) == []
