"""Values, not labels, on printed forms: a form's question numbers, captions, tick-box
options and prose stay readable; the values written into the form stay masked."""

from __future__ import annotations

from redactor.core.detect import findings_from_text
from redactor.core.detect.layout.printed_labels import only_labels, printed_labels
from redactor.core.detect.text.prose import is_prompt
from redactor.core.mask import padded_quad
from tests.core.test_layout import make_line, stack
from tests.core.test_values_not_labels import masked


def test_a_numbered_question_opens_its_line_with_its_label() -> None:
    """A question number before a label ("12. ", "(3)", "三、") is no word of a value."""
    assert [m.kind.value for m in only_labels("12. 电子邮箱 Email")] == ["email"]
    assert [m.kind.value for m in only_labels("(3) 姓名 Name")] == ["name"]
    assert [m.kind.value for m in printed_labels("三、联系电话：13812345678")] == ["phone"]
    # A decimal is no question number.
    assert printed_labels("1.5 姓名") == ()


def test_numbered_labels_stay_readable_and_announce_their_values() -> None:
    parts = masked(stack("1. 姓 Surname", "ROWE", "12. 电子邮箱 Email", "ann_rowe@example.com"))
    assert parts[0] == [] and parts[2] == []
    assert parts[1] == ["ROWE"] and parts[3] == ["ann_rowe@example.com"]


def _painted(lines, under: float) -> list:
    """What the masks paint of the findings on lines below ``under`` (px)."""
    return [padded_quad(f).points for f in findings_from_text(lines) if f.quad.center[1] > under]


def test_a_values_margin_stops_at_the_label_printed_just_above_it() -> None:
    """A tight form: the value's line starts 2 px under its label's. The mask's margin
    over the value would cover the label's lower part; it stops at the label."""
    label, value = stack("收件人：李明", "北京市朝阳区建国路88号", gap=2.0)
    label_bottom = label.quad.points[2][1]
    painted = _painted([label, value], label_bottom)
    assert painted, "the address is masked"
    for pts in painted:
        ys = [p[1] for p in pts]
        assert min(ys) >= label_bottom - 0.01  # the label stays readable
        assert min(ys) <= value.quad.points[0][1]  # ... and the value is covered whole
        assert max(ys) > value.quad.points[2][1]  # the margin under it is left as it was


def test_a_values_margin_is_whole_where_no_label_is_near() -> None:
    name, value = stack("李明", "北京市朝阳区建国路88号", gap=2.0)
    painted = _painted([name, value], name.quad.points[2][1])
    value_top = value.quad.points[0][1]
    assert any(min(p[1] for p in pts) < value_top - 5 for pts in painted)


def test_a_written_value_keeps_its_margin_over_the_caption_under_it() -> None:
    """A caption printed under a written value ("Email" under the box): the ink reaches
    past the value's box towards it, so the value keeps its whole margin."""
    value, caption = stack("ann_rowe@example.com", "Email", gap=2.0)
    painted = _painted([value, caption], 0)
    assert any(max(p[1] for p in pts) > caption.quad.points[0][1] for pts in painted)


def test_tick_box_options_in_a_persons_block_stay_readable() -> None:
    """A sex or a title printed as options beside their boxes names no one; the values
    of the block around them stay masked."""
    parts = masked(stack("姓名：", "李明", "男 Male  女Female", "北京市朝阳区建国路88号"))
    assert parts[1] == ["李明"] and parts[2] == []
    parts = masked(stack("Title Mr Mrs Ms Mx", "ANN ROWE", "ann_rowe@example.com"))
    assert parts[0] == [] and parts[1] == ["ANN ROWE"]


def test_a_hint_in_brackets_after_a_label_is_the_labels_own() -> None:
    """ "(DD MM YYYY)", "(年/月/日)", "(last 4)": how to fill the field in, printed with
    its label; the value after it stays masked."""
    assert masked(stack("Tel (last 4) 0830")) == [["0830"]]
    parts = masked(stack("Date of birth (DD MM YYYY)", "15/11/1967"))
    assert parts == [[], ["15/11/1967"]]
    parts = masked(stack("出生日期(年/月/日)", "1967/11/15"))
    assert parts == [[], ["1967/11/15"]]
    # A capitalised word in brackets may be a name: no hint.
    assert printed_labels("Name (John)") == ()


def test_a_printed_question_and_its_options_end_the_block_above() -> None:
    """A question put to whoever fills the form in, then its tick-box options, is no
    line of the address above it, nor of a person's block."""
    parts = masked(stack("Address:", "12 Elm Road", "I am interested in: Offers  Events  Recipes"))
    assert parts[1] == ["12 Elm Road"] and parts[2] == []
    parts = masked(stack("ANN ROWE", "ann_rowe@example.com", "I would like to hear about: Offers"))
    assert parts[0] == ["ANN ROWE"] and parts[2] == []
    # A value has no such question before it.
    assert not is_prompt("Flat 2: 12 Elm Road") and not is_prompt("ANN ROWE")


def _table(rows: list[tuple[str, ...]], xs: tuple[float, ...]) -> list:
    return [
        make_line(text, x=x, y=100 + n * 42)
        for n, row in enumerate(rows)
        for text, x in zip(row, xs, strict=True)
    ]


def test_a_sign_up_sheets_slots_stay_readable_its_people_masked() -> None:
    """A sign-up sheet's slot column holds a time and a job ("10-12 Cake stall"): no one's;
    the names, mails and phones beside each stay masked."""
    for header, slot in (("Slot", "10-12 Cake stall"), ("Schicht / Aufgabe", "11-13 Uhr Grill")):
        rows = [
            ("Name", "Email", "Phone", header),
            ("Ann Rowe", "ann.rowe@example.com", "07700 900123", slot),
            ("Tom Hale", "tom.hale@example.com", "07700 900456", "2-4pm Raffle"),
        ]
        lines = _table(rows, (100, 300, 740, 1020))  # cells a gap apart: one block
        parts = masked(lines)
        texts = [ln.text for ln in lines]
        assert parts[texts.index("Ann Rowe")] == ["Ann Rowe"]
        assert parts[texts.index("07700 900456")] == ["07700 900456"]
        assert parts[texts.index(slot)] == [] and parts[texts.index("2-4pm Raffle")] == []


def test_a_race_entrys_grid_keeps_its_labels_event_and_club_readable() -> None:
    """A grid of labels over values ("Mobil | E-Mail | Verein" over the entrant's): the
    club, the race, the start group and the labels stay readable; the phones, the mail
    and the emergency contact's name are masked."""
    grid = [
        ("Mobil", "E-Mail", "Verein"),
        ("0160 4680017", "anna@example.com", "LG Seehausen"),
        ("Wettbewerb", "Startblock", "Shirtgröße"),
        ("Halbmarathon", "D", "S"),
        ("Notfallkontakt", "Beziehung", "Notfalltelefon"),
        ("Jürgen Lößner", "Freund", "0176 9156976"),
    ]
    lines = [
        make_line(text, x=x, y=100 + (n // 2) * 100 + (n % 2) * 36)
        for n, row in enumerate(grid)
        for text, x in zip(row, (100, 400, 800), strict=True)
    ]
    parts = dict(zip([ln.text for ln in lines], masked(lines), strict=True))
    for readable in ("Verein", "LG Seehausen", "Wettbewerb", "Halbmarathon", "Notfallkontakt"):
        assert parts[readable] == [], readable
    for value in ("0160 4680017", "anna@example.com", "Jürgen Lößner", "0176 9156976"):
        assert parts[value] == [value], value


def test_a_day_named_before_its_date_is_a_date_in_a_persons_block() -> None:
    """An invitation's "Saturday 20 February" (no year) under the venue's address is the
    party's date, no part of the address."""
    parts = masked(stack("Ann Rowe", "14 Elm Road, Leeds LS5 7WD", "Saturday 20 February"))
    assert parts[0] == ["Ann Rowe"] and parts[1]
    assert parts[2] == []


def test_a_vaccination_clinics_own_address_stays_readable() -> None:
    """A vaccination certificate's foot prints the clinic's address: the business's own,
    as a hospital's; the child's home address above stays masked."""
    parts = masked(stack("家庭住址:北京市朝阳区建国路88号", "接种门诊地址:朝阳路3号"))
    assert parts[0] == ["北京市朝阳区建国路88号"]
    assert parts[1] == []
