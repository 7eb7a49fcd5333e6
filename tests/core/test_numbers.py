from __future__ import annotations

import pytest

from redactor.core.detect import text_spans
from redactor.core.detect.spans import digit_view, normalize
from redactor.core.detect.text.numbers import cn_id_ok, find_number_spans, luhn_ok
from tests.core.test_layout import masked_parts, stack


def found(text: str) -> list[tuple[str, str]]:
    t = normalize(text)
    spans = list(find_number_spans(t)) + list(find_number_spans(digit_view(t)))
    return sorted({(s.category.value, text[s.start : s.end]) for s in spans})


def cats(text: str) -> set[str]:
    return {c for c, _ in found(text)}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("收件人：张晓明 13812345678", "13812345678"),
        ("电话 138 1234 5678", "138 1234 5678"),
        ("tel 138-1234-5678", "138-1234-5678"),
        ("+86 13812345678", "+86 13812345678"),
        ("手机：138****5678", "138****5678"),
        ("0755-86012345", "0755-86012345"),
        ("收件人：潘红020-18803866", "020-18803866"),
        # What a stamp leaves of a masked mobile.
        ("****6542", "****6542"),
        ("2****1359", "2****1359"),
        ("客服 400-820-8820", "400-820-8820"),
        ("Ph (301) 555-7683", "(301) 555-7683"),
        ("A1/1 of 1/5551234567/XK", "5551234567"),
        ("8756993640", "8756993640"),
        ("Mob: +91 98450 12345", "+91 98450 12345"),
    ],
)
def test_phone_forms(text: str, expected: str) -> None:
    assert ("phone", expected) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "时间：2026-05-17 13:58",
        "合计：137.12",
        "DATE: 06/27/2026",
        "20260617",
        "数量：5 重量：19.5kg",
        "订单总额 1,234.56",
        "编号 010-1234",
        "评分 ***** 1234",
    ],
)
def test_dates_prices_and_totals_are_not_phones(text: str) -> None:
    assert "phone" not in cats(text)
    assert "card_number" not in cats(text)
    assert "id_number" not in cats(text)


def test_a_national_number_whose_end_the_carrier_hides() -> None:
    # An itemised bill lists the numbers called with their last digits hidden.
    assert ("phone", "07911 4***") in found("14:05  07911 4***  UK mobile  0.12")
    assert ("phone", "0161 555 0***") in found("0161 555 0***")
    assert ("phone", "06 71 28 XX XX") in found("12/03 06 71 28 XX XX Mobile")
    # Too few digits shown, or too short in all, to be a phone.
    assert "phone" not in cats("Code 0123 **")
    assert "phone" not in cats("Réf. 04 XX")
    assert "phone" not in cats("0min 49s  0,00")


def test_extension_and_virtual_tail() -> None:
    assert ("phone", "转1234") in found("0755-86012345转1234")
    assert ("phone", "5678") in found("请拨打 尾号5678")  # the digits; the word "尾号" stays


def test_a_masked_id_number_cut_in_two_boxes() -> None:
    assert ("id_number", "3201021975*") in found("3201021975*")
    assert ("id_number", "1****205X") in found("1****205X 王明")
    # A star too few, a digit too many: still an ID-length masked number.
    assert ("id_number", "4401061988***01527") in found("4401061988***01527")
    assert "id_number" not in cats("138****5678")  # a masked mobile is a phone
    # What a poor photo leaves of one: digits, stars, digits.
    assert ("id_number", "52*731") in found("52*731")
    for text in ("尺寸 40*60*30", "2*3", "100*200*300mm", "60*45cm"):
        assert "id_number" not in cats(text), text
    assert "id_number" not in cats("合计*")  # no digits before the star
    assert "id_number" not in cats("12345*")  # too few digits for a head


def test_an_id_number_masked_but_its_first_and_last_characters() -> None:
    # Some records keep only the ends: the first digit (or few) and the check character.
    assert ("id_number", "3****************X") in found("3****************X")
    assert ("id_number", "11**************21") in found("身份证 11**************21")
    # OCR miscounts a long run of stars and may read the rule under it as one more.
    assert "id_number" in cats("证号:5************X*")
    # The last digit read as a look-alike letter, a star read after it.
    assert ("id_number", "6**************g*") in found("号：6**************g*")
    assert ("id_number", "2************B") in found("2************B")
    # A card keeps four digits at its end; ratings and totals have no long star run.
    assert "id_number" not in cats("6222************8248")
    assert "id_number" not in cats("评分 ***** 1234")
    assert "id_number" not in cats("3*****X")  # too few stars for a whole number


def test_a_long_run_of_stars_glued_to_a_few_digits_is_a_masked_number() -> None:
    # What OCR leaves of a masked number on a poor photo may be the stars and a digit or
    # two: printers star out personal numbers only.
    assert ("id_number", "****1") in found("证件：****1")
    assert ("id_number", "27******") in found("号 27******")
    # Ratings, separators and prices keep their stars; masked phones and cards their kind.
    for text in ("评分 ***** 4", "********", "合计***", "138****5678", "6222************8248"):
        assert "id_number" not in cats(text), text


def test_cn_id_check_digit() -> None:
    assert cn_id_ok("11010519491231002X")
    assert not cn_id_ok("110105194912310021")  # wrong check digit
    assert not cn_id_ok("110105194913310028")  # month 13
    assert ("id_number", "11010519491231002X") in found("身份证号 11010519491231002X")
    assert "id_number" not in cats("110105194912310021")


def test_cards_luhn_and_masked_forms() -> None:
    assert luhn_ok("4111 1111 1111 1111")
    assert not luhn_ok("4111 1111 1111 1112")
    assert ("card_number", "4111 1111 1111 1111") in found("CARD 4111 1111 1111 1111")
    for masked in (
        "622848******1234",
        "XXXX XXXX XXXX 6974",
        "************9014",
        "46 XXXXXXXX 1819",
        "5*** **** **** 0937",  # only the first digit kept
    ):
        assert ("card_number", masked) in found(f"卡号：{masked}"), masked
    # As OCR reads them: the label glued on, a digit lost into the stars.
    assert ("card_number", "**********0201") in found("CARD**********0201")
    assert ("card_number", "*************602") in found("刷卡：*************602")
    assert "card_number" not in cats("4111 1111 1111 1112")
    assert "card_number" not in cats("评分 ***** 123")


def test_card_masked_with_number_signs_on_a_slip() -> None:
    # A run of number signs masks the digits; one sign alone is "number".
    assert ("card_number", "############4417") in found("############4417")
    assert ("card_number", "4970 #### #### 1234") in found("CB 4970 #### #### 1234")
    assert "card_number" not in cats("Order #1234")
    # The head kept and the rest masked, or the tail boxed apart from the run.
    assert ("card_number", "622848**********") in found("622848**********")
    assert ("card_number", "59############") in found("59############")
    assert "card_number" not in cats("5 ********")
    assert "card_number" not in cats("Table # 12 Covers 4")


def test_a_cards_last_four_digits_after_its_scheme_and_a_mask_mark() -> None:
    # A wallet prints the card it paid with as its scheme, a dot or two and the last
    # four digits, or as the bank's card kind with the digits in brackets.
    assert masked_parts(stack("Visa Debit • 4821")) == {"card_number": {"4821"}}
    assert masked_parts(stack("Mastercard•• 0417")) == {"card_number": {"0417"}}
    assert masked_parts(stack("某某银行储蓄卡(3390)")) == {"card_number": {"3390"}}
    assert "7702" in masked_parts(stack("信用卡 尾号7702"))["card_number"]
    # A sum after the word is no card: digits with decimals, or no mask mark.
    assert masked_parts(stack("Debit * 1250.00")) == {}
    assert masked_parts(stack("VISA 1234 SALE")) == {}


def test_a_cards_last_four_digits_after_its_scheme_and_words_saying_ending() -> None:
    # An order's payment line names the card by its scheme and "ending in" its last
    # four digits, in English or another Latin-script language; the words stay.
    assert masked_parts(stack("Visa ending in 7710")) == {"card_number": {"7710"}}
    assert masked_parts(stack("Mastercard se terminant par 3058")) == {"card_number": {"3058"}}
    assert masked_parts(stack("Tarjeta terminada en 2291")) == {"card_number": {"2291"}}
    # Under the payment method's label (not a personal field) the digits stay masked.
    paid = masked_parts(stack("Payment method", "Visa ending in 7710"))
    assert paid == {"card_number": {"7710"}}
    # A date after the words is no card's tail.
    assert masked_parts(stack("Visa ending 2027-03-01")) == {}


def test_an_iban_after_its_word_whatever_its_check_digits_and_not_the_purpose_after_it() -> None:
    # A statement's transfer line: the other party's IBAN, then what the payment was
    # for. A digit misread, dropped or doubled breaks the check and the length; the
    # word still says what the number is, and the purpose is no holder's name.
    line = "IBAN DE12 3456 7890 1234 5678 9012 Miete"
    assert masked_parts(stack(line)) == {"id_number": {"DE12 3456 7890 1234 5678 9012"}}
    valid = "IBAN GB82 WEST 1234 5698 7654 32 Rent"
    assert masked_parts(stack(valid)) == {"id_number": {"GB82 WEST 1234 5698 7654 32"}}
    # Without the word the check digits decide.
    assert "id_number" not in cats("DE12 3456 7890 1234 5678 9012")
    assert "id_number" not in cats("Libanon DE12 3456 7890")


def test_a_british_sort_code_and_account_on_a_payment_line() -> None:
    # A statement's transfer prints the other party's sort code and account number
    # together, with the bank's code words and a reference around them.
    line = "TFR 40-12-34 61234567 REF RENT"
    assert masked_parts(stack(line)) == {"id_number": {"40-12-34 61234567"}}
    # A bare sort code is the branch's (a cheque's corner); a date and a short number
    # are no account. Under its label it is a holder's bank detail
    # (test_sort_code_labels.py).
    assert masked_parts(stack("40-12-34")) == {}
    assert "id_number" not in cats("06-12-26 1234")


def test_a_brazilian_cpf_whole_with_its_check_digits_or_masked_at_both_ends() -> None:
    assert ("id_number", "390.533.447-05") in found("CPF 390.533.447-05")
    assert "id_number" not in cats("390.533.447-06")  # its check digits fail
    # A payment receipt prints the payee's CPF with its ends starred.
    assert ("id_number", "***.412.118-**") in found("***.412.118-**")
    assert "id_number" not in cats("Total 1.234.567-89")


def test_a_spanish_cadastral_reference_by_its_check_letters() -> None:
    # A property's land-registry reference in a deed's sentence, whole or in its groups.
    assert ("id_number", "4035127VK5843N0007FT") in found(
        "con referencia catastral 4035127VK5843N0007FT, de"
    )
    assert ("id_number", "8821409 TL3152S 0014 HE") in found("Ref. 8821409 TL3152S 0014 HE")
    # Check letters that fail, or a longer code, are another code.
    assert "id_number" not in cats("4035127VK5843N0007FX")
    assert "id_number" not in cats("A4035127VK5843N0007FT")


def test_an_italian_codice_fiscale_by_its_shape() -> None:
    line = "RSSGNN80A41F205X, residente in"
    assert ("id_number", "RSSGNN80A41F205X") in found(line)
    assert ("id_number", "bnclra92t58h501q") in found("C.F. bnclra92t58h501q")
    # A month letter outside the calendar's, or a longer code, is another code.
    assert "id_number" not in cats("RSSGNN80Z41F205X")
    assert "id_number" not in cats("ARTRSSGNN80A41F205X")
    # Written into a contract's sentence, it masks itself, not the sentence's lines (the
    # party's name after her title is masked on its own).
    lines = stack(
        "Tra la Sig.ra Bruna Leoni e l'impresa Edil Costa, C.F.",
        "RSSGNN80A41F205X, si conviene quanto segue per i lavori",
        "di tinteggiatura di tutti gli ambienti e posa del pavimento.",
    )
    assert masked_parts(lines) == {"id_number": {"RSSGNN80A41F205X"}, "name": {"Bruna Leoni"}}


def test_card_masked_with_signs_read_full_width_or_as_glyphs() -> None:
    # OCR reads some of a slip's number signs full width, and smudged signs as up to
    # three ideographs or letters; the run still masks a card's digits.
    assert ("card_number", "##＃＃##＃##1234") in found("##＃＃##＃##1234")
    assert ("card_number", "#口口＃＃#9012") in found("#口口＃＃#9012")
    assert ("card_number", "#Hm##＃#4455") in found("#Hm##＃#4455")
    assert ("card_number", "#木木木＃＃#3456") in found("#木木木＃＃#3456")
    # A run more glyph than sign is a word, not a card.
    assert "card_number" not in cats("#合计金额#12#1234")
    # Words between signs are not a run: a heading and a price stay what they are.
    assert "card_number" not in cats("# 合计 # 1234")
    assert "card_number" not in cats("＃ 12 号桌 2")


def test_email() -> None:
    assert ("email", "li.ming+shop@example.com.cn") in found("Email: li.ming+shop@example.com.cn")
    assert "email" not in cats("price @ 5.00")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("SF1234567890123", "SF1234567890123"),
        ("JD8301661318609", "JD8301661318609"),
        ("TRACKING: 1Z 999 AA1 01 2345 6784", "1Z 999 AA1 01 2345 6784"),
        ("RR123456785CN", "RR123456785CN"),
        ("运单号 773012345678901", "773012345678901"),
        ("E-TICKET 781-2345678901", "781-2345678901"),  # IATA: airline, ten digits
    ],
)
def test_waybill_numbers(text: str, expected: str) -> None:
    assert ("tracking", expected) in found(text)


def test_ocr_letter_digit_confusions_are_read_as_digits() -> None:
    # OCR read 0 as O and 1 as l inside a mobile number
    assert "phone" in cats("电话 l38O0l38OOO")


def test_detectors_terminate_on_pathological_text() -> None:
    # long runs of digits, separators and mask characters: no catastrophic backtracking
    for text in ("1-" * 50_000, "*" * 100_000 + "1", "1 " * 50_000, "@" + "a." * 50_000):
        list(find_number_spans(text))


def test_spans_index_original_characters_after_fullwidth_normalisation() -> None:
    from tests.core.test_layout import make_line

    line = make_line("电话：１３８１２３４５６７８")
    spans = text_spans([line])[0]
    phone = [s for s in spans if s.category.value == "phone"]
    assert phone and line.text[phone[0].start : phone[0].end] == "１３８１２３４５６７８"


# ----------------------------------------------------------------- glued and lone numbers


@pytest.mark.parametrize(
    "text, mobile, landline",
    [
        ("收：王丽173062320100571-69869284", "17306232010", "0571-69869284"),
        ("收货人：黄*芬182****2027057189582445", "182****2027", "057189582445"),
        ("177-4130-7871（027）78281264", "177-4130-7871", "（027）78281264"),
    ],
)
def test_mobile_and_landline_glued_together(text: str, mobile: str, landline: str) -> None:
    phones = {t for c, t in found(text) if c == "phone"}
    assert mobile in phones
    assert landline in phones


def test_extension_after_a_masked_mobile() -> None:
    assert ("phone", "-6747") in found("收：韦*182****4494-6747")


@pytest.mark.parametrize(
    "text", ["X57811783037", "FMPP0893110151", "SF0910817090DEL", "AWB9785190320945"]
)
def test_lone_code_under_a_barcode_is_tracking(text: str) -> None:
    assert "tracking" in cats(text)


@pytest.mark.parametrize(
    "text", ["Rs. 2205.00", "2026-06-17 12:30", "GSTIN: 27XCHBW4664C1Z0", "Qty 3 x 12.50"]
)
def test_prices_dates_and_tax_ids_are_not_lone_codes(text: str) -> None:
    assert "tracking" not in cats(text)


def test_ups_number_glued_to_its_label() -> None:
    assert ("tracking", "1ZSDT8Z81267705449") in found("TRK1ZSDT8Z81267705449")


def test_ocr_variants_of_printed_shapes() -> None:
    # A masked mobile with one star dropped or doubled by the OCR.
    assert ("phone", "155***9914") in found("寄钟*155***9914")
    assert ("phone", "155*****9914") in found("155*****9914")
    assert "phone" not in cats("155**9914")  # two stars: not a masked mobile
    # A UPU postal number printed in groups.
    assert ("tracking", "PL 1587 08016 GB") in found("PL 1587 08016 GB")
    assert "tracking" not in cats("PL 1587 0801 GB")  # eight digits: another shape


def test_usps_number_printed_in_fours() -> None:
    assert ("tracking", "9405 1044 7265 5505 6411 47") in found("9405 1044 7265 5505 6411 47")
    assert "tracking" not in cats("1044 7265 5505 6411")  # sixteen digits: a card's shape


def test_serial_of_digits_a_letter_and_digits() -> None:
    assert ("tracking", "33406311030420K051971") in found("33406311030420K051971 南丰售")
    assert "tracking" not in cats("D6502")  # a train number


def test_iban_found_by_its_check_digits_whatever_its_label() -> None:
    # ISO 13616's published examples, grouped in fours and run together.
    assert ("id_number", "GB82 WEST 1234 5698 7654 32") in found(
        "Pay to GB82 WEST 1234 5698 7654 32"
    )
    assert ("id_number", "DE89370400440532013000") in found("Konto DE89370400440532013000")
    # One digit off (mod 97 fails), or a reference of the same shape: not by shape alone.
    assert "id_number" not in cats("Pay to GB82 WEST 1234 5698 7654 33")
    assert "id_number" not in cats("Ref AB12 3456 7890 1234")


def test_an_iban_that_fails_its_check_is_still_masked_after_its_label() -> None:
    # OCR misread one digit: the label announces an account, so its value goes whole.
    lines = stack("Beneficiary bank: Example Bank", "IBAN: GB82 WEST 1234 5698 7654 33")
    assert "GB82 WEST 1234 5698 7654 33" in masked_parts(lines).get("id_number", set())


@pytest.mark.parametrize(
    "text",
    [
        "Receipt no. 22830388 2025-03-14",  # eight digits and a date: no card
        "Ticket 0035 7712 2021-11-30",  # a reference and a date: no landline
        "Serial 51824-73091-20466-318",  # a serial's middle groups: no mobile
        "Lot 40213-86542-11077",
    ],
)
def test_a_number_shape_cut_out_of_a_date_or_a_longer_serial_is_not_a_number(text: str) -> None:
    assert "phone" not in cats(text)
    assert "card_number" not in cats(text)


def test_a_phone_or_card_beside_a_date_is_still_found() -> None:
    assert ("phone", "0755-2012-3456") in found("电话 0755-2012-3456 2024-01-05")
    assert ("card_number", "4111 1111 1111 1111") in found("4111 1111 1111 1111 2024-01-05")


def _rules(text: str) -> set[str]:
    return {s.rule for s in find_number_spans(normalize(text))}


def test_a_north_american_toll_free_or_service_code_is_no_persons_number() -> None:
    assert "nanp" not in _rules("Customer care 1-800-555-0142")
    assert "nanp" not in _rules("Call (877) 555-0199 toll free")
    assert "nanp" not in _rules("客服热线 400-615-2290")
    assert "nanp" in _rules("Cell (415) 555-0142")


def test_a_spanish_dni_or_nie_is_found_by_its_check_letter() -> None:
    from redactor.core.detect.text.numbers import find_number_spans

    def found(text: str) -> list[str]:
        return [text[s.start : s.end] for s in find_number_spans(text) if s.rule.startswith("es_")]

    assert found("DNI 12345678Z") == ["12345678Z"]
    assert found("NIE X-1234567-L") == ["X-1234567-L"]
    assert found("Ref. 12345678A") == []  # a wrong check letter: a reference, not a DNI
    assert found("Lote 123456789Z") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("New number 07700 900 318 x", "07700 900 318"),
        ("07700 900318", "07700 900318"),
        ("mob +44 7700 900318", "+44 7700 900318"),
    ],
)
def test_a_british_mobile_with_no_cue(text: str, expected: str) -> None:
    # 07 and nine digits, grouped 5+6 or 5+3+3: a mobile wherever it stands.
    assert ("phone", expected) in found(text)
