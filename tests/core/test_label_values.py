"""A personal label of the field lexicon, one the keyword tables never listed, announces
its value wherever the form puts it: after it on its line (glued or not), in a box
beside it, stacked under it; a bilingual pair counts as one label. Values made up."""

from __future__ import annotations

from collections.abc import Sequence

from redactor.core.detect import findings_by_step, text_spans
from redactor.core.detect.layout.labels import find_fields
from redactor.core.detect.spans import Span
from redactor.core.models import Category
from tests.core.test_layout import CHAR_W, LINE_H, make_line, masked_parts, stack


def masked(lines) -> dict[str, dict[str, str]]:
    """Per line text, each masked piece and its category; a name inside a larger name
    (a title's name inside the label's value) is no piece of its own (the findings
    drop it too)."""
    out: dict[str, dict[str, str]] = {}
    for i, spans in text_spans(lines).items():
        t = lines[i].text
        for s in spans:
            if s.end > s.start and not inside_a_larger_name(s, spans):
                out.setdefault(t, {})[t[s.start : s.end]] = s.category.value
    return out


def inside_a_larger_name(s: Span, spans: Sequence[Span]) -> bool:
    """A name span wholly inside a longer name span of the same line (a title's name
    inside another step's "<title> <name>"): the findings drop it."""
    return any(
        o is not s
        and s.category is Category.NAME
        and o.category is s.category
        and o.start <= s.start
        and s.end <= o.end
        and o.end - o.start > s.end - s.start
        for o in spans
    )


def test_the_labels_here_are_unknown_to_the_keyword_tables() -> None:
    for label in ("Payee", "Account holder", "Installer", "检验者", "开户名", "Date of birth"):
        assert find_fields(label + "：") == [], label


def test_a_value_after_its_label_on_one_line() -> None:
    parts = masked(stack("Account holder: Cora Lindqvist"))
    assert parts == {"Account holder: Cora Lindqvist": {"Cora Lindqvist": "name"}}


def test_who_processed_a_request_by_surname_alone() -> None:
    # "Bearbeitet:" announces the clerk, often by surname only; inside a sentence the
    # word is a verb and announces nothing.
    assert masked(stack("Bearbeitet: Wendelin")) == {"Bearbeitet: Wendelin": {"Wendelin": "name"}}
    assert masked(stack("Ihr Antrag wird bearbeitet")) == {}


def test_a_value_glued_to_a_chinese_label() -> None:
    assert masked(stack("检验者王文杰")) == {"检验者王文杰": {"王文杰": "name"}}


def test_a_value_in_a_box_beside_its_label() -> None:
    lines = [make_line("Payee", x=100), make_line("Cora Lindqvist", x=260)]
    assert masked(lines) == {"Cora Lindqvist": {"Cora Lindqvist": "name"}}


def test_a_value_stacked_under_its_label() -> None:
    parts = masked(stack("Date of birth", "04/11/1987"))
    assert parts == {"04/11/1987": {"04/11/1987": "id_number"}}
    assert masked(stack("开户名", "柯文杰")) == {"柯文杰": {"柯文杰": "name"}}


def test_a_bilingual_label_is_one_label() -> None:
    parts = masked(stack("开户名/Account holder 柯文杰"))
    assert parts == {"开户名/Account holder 柯文杰": {"柯文杰": "name"}}
    parts = masked(stack("检验者 / Checked by", "柯文杰"))
    assert parts == {"柯文杰": {"柯文杰": "name"}}


def test_nothing_is_taken_from_another_column_or_from_a_label_below() -> None:
    far = [make_line("Payee", x=100, y=100), make_line("Cora Lindqvist", x=700, y=142)]
    assert masked(far) == {}
    assert masked(stack("Installer", "Delivery date: 06/04/2025")) == {}


def test_a_value_after_an_unknown_label_is_judged_by_its_shape() -> None:
    parts = masked(stack("Favourite colour: teal", "Backup line: 13812345678"))
    assert parts == {"Backup line: 13812345678": {"13812345678": "phone"}}


def test_a_role_word_then_a_name_with_no_colon() -> None:
    parts = masked(stack("Installer Bram Okafor"))
    assert parts == {"Installer Bram Okafor": {"Bram Okafor": "name"}}
    # Not a code glued to a label's letters, nor a sentence.
    assert masked(stack("BED-1680", "Installer must check the fittings before leaving")) == {}


def test_a_bare_one_character_label_with_its_english_partner() -> None:
    lines = [make_line("姓/SURNAME", x=100), make_line("柯", x=340)]
    assert masked(lines) == {"柯": {"柯": "name"}}


def test_a_role_word_then_a_chinese_name() -> None:
    assert masked(stack("Receptionist 柯文杰")) == {"Receptionist 柯文杰": {"柯文杰": "name"}}


def test_a_longer_label_the_lexicon_lacks_is_no_label_nor_a_value() -> None:
    assert masked(stack("TERM ID: 31415926")) == {}
    lines = [make_line("Payee", x=100), make_line("商户交易号", x=240)]
    assert masked(lines) == {}
    assert set(masked(stack("住址", "5栋2单元"))["5栋2单元"]) == {"5栋2单元"}


def test_a_word_of_a_label_inside_a_value_does_not_end_it() -> None:
    parts = masked(stack("Payee: Ansel Street Brody"))
    assert parts == {"Payee: Ansel Street Brody": {"Ansel Street Brody": "name"}}
    assert masked(stack("发件人 Shipper: Maple Street Market Pty Ltd")) == {}


def test_a_label_qualified_in_brackets_announces_the_value_after_its_colon() -> None:
    """ "<party>(<signature>):" is the party's signature field, not a name annotated by
    its role: the name after the colon is the value."""
    assert masked(stack("丙方(签字)：柯文杰")) == {"丙方(签字)：柯文杰": {"柯文杰": "name"}}
    assert masked(stack("Tenant (signature): Cora Lindqvist")) == {
        "Tenant (signature): Cora Lindqvist": {"Cora Lindqvist": "name"}
    }


def test_a_vets_and_a_pharmacists_labels_announce_their_values() -> None:
    """The vet who treated the animal, its microchip, and the pharmacist's role printed
    with its grade after a slash (药师/士) or two duties joined by 、."""
    assert masked(stack("Treating vet Dr K. Amberley")) == {
        "Treating vet Dr K. Amberley": {"Dr K. Amberley": "name"}
    }
    assert masked(stack("Microchip number", "4711 0815")) == {
        "4711 0815": {"4711 0815": "id_number"}
    }
    lines = [make_line("核对、发药药师/士", x=100), make_line("柯文杰", x=360)]
    assert masked(lines) == {"柯文杰": {"柯文杰": "name"}}


def test_the_adviser_a_schedule_names_with_no_colon() -> None:
    assert masked(stack("Your adviser Cora Lindqvist")) == {
        "Your adviser Cora Lindqvist": {"Cora Lindqvist": "name"}
    }


def test_a_cars_registration_stacked_under_its_bare_label() -> None:
    assert masked(stack("Registration", "KX19 PLM")) == {"KX19 PLM": {"KX19 PLM": "id_number"}}
    # The word heads forms and prices too: there it announces nothing.
    assert masked(stack("Registration form", "Please write in capitals")) == {}


def test_a_frequent_flyer_number_under_its_bilingual_label() -> None:
    assert masked(stack("常旅客 FFP", "620417733")) == {"620417733": {"620417733": "id_number"}}


def test_a_home_care_file_number_and_an_estate_steward() -> None:
    parts = masked(stack("服务对象编号：QX20481937"))
    assert parts == {"服务对象编号：QX20481937": {"QX20481937": "id_number"}}
    parts = masked(stack("管家:柯 明"))
    assert parts == {"管家:柯 明": {"柯 明": "name"}}


def test_a_strict_partner_second_in_a_bilingual_pair() -> None:
    """A street's French word is a label only alone, before a colon, or after its
    English partner: the value beside the pair is the address."""
    lines = [make_line("Street / Rue", x=100), make_line("Bryn Teg, Llanon", x=330)]
    assert masked(lines) == {"Bryn Teg, Llanon": {"Bryn Teg, Llanon": "address"}}
    # Opening a value, the word is no label: nothing after it is announced.
    assert masked(stack("Rue des Lilas")) == {}


def test_a_role_label_after_a_sections_heading_on_its_line() -> None:
    """A form's staff box prints its heading and its field on one line: the role word
    opens its field as if it opened the line, and the name after it is masked."""
    parts = masked(stack("FOR OFFICE USE Checked by Priya"))
    assert parts == {"FOR OFFICE USE Checked by Priya": {"Priya": "name"}}


def test_a_box_beside_a_label_that_holds_the_next_columns_value() -> None:
    """A ticket's grid prints labels over values; the box beside a label may be the
    value stacked under the next column's label: that one is not announced."""
    lines = [
        make_line("Seat", x=600, y=72),
        make_line("Member ID", x=300, y=100),
        make_line("14C", x=600, y=100),
        make_line("MB4417093", x=300, y=128),
    ]
    assert masked(lines) == {"MB4417093": {"MB4417093": "id_number"}}


def test_a_row_of_labels_over_a_row_of_values_pairs_each_label_with_the_value_under_it() -> None:
    # "Date logged" is a label the lexicon lacks (it knows "Date" only): beside
    # "Badge no." it is the next header, not that label's value.
    lines = [
        make_line("Officer", x=100, y=100),
        make_line("Badge no.", x=400, y=100),
        make_line("Date logged", x=700, y=100),
        make_line("Cora Lindqvist", x=100, y=142),
        make_line("554120", x=400, y=142),
        make_line("2024-03-02", x=700, y=142),
    ]
    parts = masked(lines)
    assert parts["554120"] == {"554120": "id_number"}
    assert "Date logged" not in parts and "2024-03-02" not in parts
    lines = [
        make_line("工号", x=100, y=100),
        make_line("办理窗口", x=300, y=100),
        make_line("30318", x=100, y=142),
        make_line("3号窗口", x=300, y=142),
    ]
    parts = masked(lines)
    assert parts.get("30318") == {"30318": "id_number"} and "办理窗口" not in parts


def test_in_a_grid_of_label_and_value_pairs_the_name_beside_a_label_is_its_value() -> None:
    # Two pairs a row; under the label stands the next label (one the lexicon lacks),
    # under the name that label's value: the name is still the value beside its label.
    lines = [
        make_line("预订人", x=100, y=100),
        make_line("袁思远", x=260, y=100),
        make_line("宴会厅", x=100, y=160),
        make_line("如意厅", x=260, y=160),
    ]
    parts = masked(lines)
    assert parts.get("袁思远") == {"袁思远": "name"}
    assert "宴会厅" not in parts and "如意厅" not in parts


def test_a_date_of_birth_after_its_label_needs_no_colon() -> None:
    # No shop prints a birth date of its own: the date after the label is the person's.
    for line, value in (
        ("DOB 14/07/1979", "14/07/1979"),
        ("Fecha de nacimiento 14/07/1979", "14/07/1979"),
        ("出生日期 1979年7月14日", "1979年7月14日"),
    ):
        assert masked(stack(line)) == {line: {value: "id_number"}}, line
    assert masked(stack("Order date 14/07/2024")) == {}


def test_a_persons_number_after_a_compound_label_or_opening_with_letters() -> None:
    for line, value in (
        ("Mitgliedsnummer 5520 1187", "5520 1187"),
        ("Policy number QX5520118", "QX5520118"),
        ("Client no 00552011", "00552011"),
    ):
        assert masked(stack(line)) == {line: {value: "id_number"}}, line
    assert masked(stack("WeChat 55201187")) == {}  # a shop's own account, as often


def test_a_persons_number_after_a_two_word_label_the_ocr_glued() -> None:
    for line, value in (
        ("N°client 3301 72", "3301 72"),
        ("Nºcliente 880144", "880144"),
        ("Codeclient 51207", "51207"),
    ):
        assert masked(stack(line)) == {line: {value: "id_number"}}, line
    # A one-word label stays one word however it is read: its number's shape decides.
    assert masked(stack("WeChat55201187")) == {}


def test_a_persons_number_named_inside_a_sentence() -> None:
    # A receipt's or a declaration's sentence: a preposition, the number's word, the number.
    for line, value in (
        ("con DNI 48213907K", "48213907K"),
        ("the tenant, with passport PX4471902, has paid", "PX4471902"),
    ):
        assert masked(stack(line)) == {line: {value: "id_number"}}, line
    # No number after the word, or the word of a longer label in capitals.
    assert masked(stack("traiga fotocopia del DNI en vigor")) == {}
    assert masked(stack("TERM ID 20931877")) == {}


def _kinds(lines) -> list[str]:
    """The findings' categories as the window lists them (after overlaps are settled)."""
    return sorted(f.category.value for _, f in findings_by_step(lines))


def test_a_label_names_a_number_its_shape_took_for_a_waybill() -> None:
    # Eighteen digits whose check digit fails look like a waybill number; the label
    # says whose number it is, and the list says so too.
    for line in ("公民身份号码 330106199003121230", "Member no. 4482019377561"):
        assert _kinds(stack(line)) == ["id_number"], line


def test_a_date_of_birth_inside_a_persons_block_is_listed_as_one() -> None:
    # The block around a person's name masks each line as an address (fail closed);
    # the birth label's line is the person's date of birth all the same.
    lines = stack("姓名 韩梅梅", "出生 1990年3月12日", "住址 浙江省杭州市西湖区文三路")
    assert _kinds(lines) == ["address", "id_number", "name"]


def test_a_cheques_payee_after_its_order_words() -> None:
    # "à l'ordre de", "a la orden de", "all'ordine di": the payee written beside them.
    for label, payee in (
        ("à l'ordre de", "Maëlle Roux"),
        ("a la orden de", "Lucía Ferrer"),
        ("all'ordine di", "Marco Bellini"),
    ):
        lines = [
            make_line("Payez contre ce chèque", x=100, y=60),
            make_line(label, x=100, y=150),
            make_line(payee, x=400, y=142),
        ]
        found = {
            lines[i].text[s.start : s.end]
            for i, spans in text_spans(lines).items()
            for s in spans
            if s.end > s.start
        }
        assert payee in found
        assert label not in found


def test_a_birth_certificates_time_of_birth_and_a_delivery_by_label() -> None:
    """The hour a child was born is part of its date of birth; who delivered a parcel
    or a bouquet is named after "delivered by" in any language."""
    assert masked(stack("出生时间 2024年3月9日07时15分")) == {
        "出生时间 2024年3月9日07时15分": {"2024年3月9日07时15分": "id_number"}
    }
    assert masked(stack("Date and time of birth: 09/03/2024 07:15")) == {
        "Date and time of birth: 09/03/2024 07:15": {"09/03/2024": "id_number"}
    }
    assert masked(stack("Livré par : Odile")) == {"Livré par : Odile": {"Odile": "name"}}
    # A birthday party's line opens with the word for birthday: no label there.
    assert masked(stack("Geburtstag feiern wir im Garten")) == {}


def test_a_name_signed_with_one_character_beside_its_label() -> None:
    """A card signed with a given name alone: one character beside 署名 is the value,
    not the next header of a row of labels (the row under it is the form's own)."""
    lines = [
        make_line("署名", x=100, y=100),
        make_line("岚", x=220, y=100),
        make_line("花款", x=100, y=150),
        make_line("¥168", x=220, y=150),
    ]
    assert masked(lines) == {"岚": {"岚": "name"}}


def test_a_fax_covers_bare_to_and_from_beside_their_names() -> None:
    lines = [
        make_line("致", x=100, y=100),
        make_line("韦秀兰", x=160, y=100),
        make_line("发自", x=500, y=100),
        make_line("蒋国栋", x=580, y=100),
    ]
    out = masked(lines)
    assert out["韦秀兰"] == {"韦秀兰": "name"}
    assert "致" not in out and "发自" not in out
    assert masked(stack("如有疑问请致电客服")) == {}


def test_a_health_insurance_forms_boxes_mask_the_insureds_values_only() -> None:
    """A boxed header of German statutory health insurance: the insured's name and
    number under their labels are masked; the insurer's and the practice's numbers
    are references and stay readable, as do all the labels."""
    lines = [
        make_line("Name, Vorname des Versicherten", x=100, y=100),
        make_line("Ostwald, Jörg", x=100, y=130),
        make_line("Kostenträgerkennung", x=100, y=180),
        make_line("Versicherten-Nr.", x=500, y=180),
        make_line("108310400", x=100, y=210),
        make_line("K204518833", x=500, y=210),
    ]
    got = masked(lines)
    assert got == {
        "Ostwald, Jörg": {"Ostwald, Jörg": "name"},
        "K204518833": {"K204518833": "id_number"},
    }


def test_a_question_with_its_tick_boxes_under_a_label_is_no_value() -> None:
    # The name written over the label went unread: the form's next question, printed
    # under the label with its answers, is not the name.
    assert masked(stack("Given names", "Have you lived abroad in the last 5 years?Yes No")) == {}
    assert (
        masked(stack("Nom de famille", "Avez-vous déjà voté dans une autre ville ? OuiNon")) == {}
    )
    assert masked(stack("开户名", "是否已在其他网点登记过？是 否")) == {}
    assert masked(stack("Given names", "Odile Brandt")) == {
        "Odile Brandt": {"Odile Brandt": "name"}
    }


def test_a_phrase_of_the_form_under_a_numbers_label_is_no_value() -> None:
    lines = stack("Mobile", "Je voudrais recevoir les avis par la poste")
    assert masked(lines) == {}
    assert masked(stack("Mobile", "07 81 22 40 95")) == {
        "07 81 22 40 95": {"07 81 22 40 95": "phone"}
    }


def test_a_persons_number_in_brackets_inside_a_sentence_is_masked_to_the_bracket() -> None:
    """A number's label opening a bracketed aside ("<name>(<label><number>) ...") heads
    it as a line's start does: the number is masked up to the closing bracket, the
    sentence after it and the bracket before it stay readable."""
    line = "买受人赵一鸣(竞买号牌 208)于2030年1月2日竞得下列拍品"
    found = masked(stack(line))[line]
    assert found.get("208") == "id_number"
    assert all("(" not in piece and "于" not in piece for piece in found)
    line = "Buyer Jane Roe (paddle no 208) bought lot 4"
    found = masked(stack(line))[line]
    assert found.get("208") == "id_number"
    assert all("bought" not in piece and "(" not in piece for piece in found)


def test_the_gp_a_discharge_letter_names_is_masked_not_the_word_in_a_sentence() -> None:
    """The label "GP" alone before a name is the family doctor's; inside a sentence it is a
    word of the letter."""
    line = "GP: Dr Hesketh Ombredane"
    assert masked(stack(line)) == {line: {"Dr Hesketh Ombredane": "name"}}
    line = "Copy to GP and patient."
    assert masked(stack(line)) == {}


def test_a_number_under_its_label_read_onto_the_end_of_a_wider_line() -> None:
    # A paddle box printed right of a form's title: the OCR reads the box's number
    # as the title line's last word. Only the number under the label is masked.
    title = "Registration for the Harbour Sale 4619"
    at = title.index("4619")
    lines = [
        make_line("Acme Lot Rooms", x=100, y=60),
        make_line(title, x=100, y=100 + LINE_H),
        make_line("Bidder No.", x=100 + (at - 2) * CHAR_W, y=100),
    ]
    assert masked(lines) == {title: {"4619": "id_number"}}
    # A date ending the line under the label is no number of the bidder's.
    dated = "Registration for the Harbour Sale 2031-04-19"
    lines[1] = make_line(dated, x=100, y=100 + LINE_H)
    assert dated not in masked(lines)


def test_a_number_label_set_apart_at_the_end_of_a_title_line() -> None:
    # One word glued before a label makes a longer label the lexicon lacks; a wide
    # gap after a title's one word sets the label at the line's end apart.
    assert masked(stack("报名表  竞买号牌：7305")) == {
        "报名表  竞买号牌：7305": {"7305": "id_number"}
    }
    assert masked(stack("报名表 竞买号牌：7305")) == {}


def test_a_booking_reference_stacked_under_its_label_is_the_bookers() -> None:
    # A booking, a reservation or an admission's redeeming code leads to the one
    # person who booked, whatever its shape and language; the ticket's own serial
    # and an order number are left to their shape recognizers.
    assert masked(stack("Booking reference", "QTR58213")) == {"QTR58213": {"QTR58213": "id_number"}}
    assert masked(stack("Codice prenotazione", "WK40917736")) == {
        "WK40917736": {"WK40917736": "id_number"}
    }
    assert masked(stack("预约编号", "KV580214739906")) == {
        "KV580214739906": {"KV580214739906": "id_number"}
    }
    assert masked(stack("入馆核销码", "4817 0392")) == {"4817 0392": {"4817 0392": "id_number"}}
    assert masked(stack("Numéro de réservation", "TX7QZ2")) == {"TX7QZ2": {"TX7QZ2": "id_number"}}


def test_a_ticket_serial_under_its_label_is_not_announced() -> None:
    assert "WK40917736" not in masked(stack("Codice biglietto", "WK40917736"))
    assert masked(stack("票号", "A0815")) == {}


def test_a_carried_documents_word_then_its_number_without_a_colon() -> None:
    # A passport or identity card's word, then a number of a document's shape: the
    # holder's number, though the word opens its line with no colon.
    for line, number in (
        ("Passaporto KT4419082", "KT4419082"),
        ("Pasaporte Q7730215", "Q7730215"),
        ("Passport 508812347", "508812347"),
        ("Reisepass F27N08Q53", "F27N08Q53"),
    ):
        assert masked(stack(line)) == {line: {number: "id_number"}}, line


def test_a_documents_word_before_a_date_or_a_year_masks_nothing() -> None:
    # The number's shape decides: a validity date or a year is no document's number.
    assert masked(stack("Passport 2031")) == {}
    assert masked(stack("Passport 14/03/2031")) == {}


def test_a_party_words_name_glued_on_ends_where_its_clause_runs_on() -> None:
    # An agreement's party word is a label of a name; inside a clause, with no colon,
    # the words after the name are the sentence's, not the value's.
    assert masked_parts(stack("3.乙方韩志强确认已当面验收上述商品。")) == {"name": {"韩志强"}}
    found = masked_parts(stack("男方邓立新与女方韦晓琳于2019年3月登记结婚。"))
    assert found == {"name": {"邓立新", "韦晓琳"}}


def test_a_row_of_glued_labels_and_names_is_no_clause_to_cut() -> None:
    # No sentence: the second name, glued after an unlisted word, stays masked.
    found = masked_parts(stack("新郎郑立新新娘韩晓雯"))
    assert any("韩晓雯" in part for part in found.get("name", set()))


def test_a_label_of_a_name_and_a_number_masks_both() -> None:
    # "Nombre y DNI" / "Name and ID" / "Name/Phone": the number is found by its shape,
    # the name before it is the first label's value and is masked too.
    for line, name, number in (
        ("Nombre y DNI: Ramona Tejedor Villa 12345678Z", "Ramona Tejedor Villa", "12345678Z"),
        ("Name and ID: Osric Penhallow 12345678Z", "Osric Penhallow", "12345678Z"),
        ("Nom et NIE : Aurèle Vandamme Y1234567X", "Aurèle Vandamme", "Y1234567X"),
    ):
        parts = masked(stack(line))[line]
        assert parts.get(name) == "name", (line, parts)
        assert number in parts, (line, parts)


def test_a_mediations_parties_and_mediators() -> None:
    # The parties' and the mediators' labels of a mediation agreement announce names.
    got = masked(stack("Antragsgegner/in: Ortrud Pfisterer"))
    assert got == {"Antragsgegner/in: Ortrud Pfisterer": {"Ortrud Pfisterer": "name"}}
    assert masked(stack("Party B", "Lorna Quibell")) == {"Lorna Quibell": {"Lorna Quibell": "name"}}
    assert masked(stack("被申请人:庞雨桐")) == {"被申请人:庞雨桐": {"庞雨桐": "name"}}
    # inside a sentence the word announces nothing
    assert masked(stack("The mediators will keep a copy for six months.")) == {}


def test_a_name_ends_at_the_comma_before_the_persons_next_field() -> None:
    got = masked(stack("Antragsteller/in: Ortrud Pfisterer, geb. am 02.03.1971, in Ulm"))
    assert (
        got["Antragsteller/in: Ortrud Pfisterer, geb. am 02.03.1971, in Ulm"]["Ortrud Pfisterer"]
        == "name"
    )
    assert ", geb. am" not in "".join(
        got["Antragsteller/in: Ortrud Pfisterer, geb. am 02.03.1971, in Ulm"]
    )


def test_a_party_glued_into_a_clause_with_no_comma() -> None:
    # The clause's words after the glued name are no part of it, even when the given
    # name's characters are not the usual ones.
    line = "一、被申请人许一宁于三日内清理楼道内堆放的杂物;"
    assert masked(stack(line)) == {line: {"许一宁": "name"}}
