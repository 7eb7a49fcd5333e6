"""Presets are masking policies over findings: switching one reads nothing again."""

from __future__ import annotations

from redactor.core.detect import findings_from_text
from redactor.core.detect.text.hidden_part import hidden_part
from redactor.core.mask import padded_quad
from redactor.core.models import MANUAL_SOURCE, Category, Finding, Origin, Quad, Source
from redactor.core.policy import apply_policy, kept_on_purpose
from redactor.core.settings import Preset
from tests.core.test_layout import stack


def _x_extent(q: Quad) -> tuple[float, float]:
    x0, _, x1, _ = q.bbox
    return x0, x1


def test_hidden_part_per_category() -> None:
    assert hidden_part(Category.NAME, "张三丰", 0, 3) == ((1, 3),)
    assert hidden_part(Category.NAME, "张", 0, 1) == ()
    text = "13812345678"
    assert hidden_part(Category.PHONE, text, 0, len(text)) == ((0, 7),)
    assert hidden_part(Category.PHONE, "5678", 0, 4) == ()  # only what the standard shows
    assert hidden_part(Category.ADDRESS, "广东省深圳市南山区科技路", 0, 12) == ()
    # A Latin street line carries the house number: no lighter form.
    assert hidden_part(Category.ADDRESS, "12 Orchard Way", 0, 14) is None
    assert hidden_part(Category.ID_NUMBER, "110101199003071234", 0, 18) is None


def test_privacy_waybill_cuts_findings_already_found() -> None:
    lines = stack("收件人：张三丰", "电话：13812345678", "地址：广东省深圳市南山区科技路", x=100)
    found = findings_from_text(lines)
    full = apply_policy(found, Preset.FULL)
    assert full == tuple(found)
    light = apply_policy(found, Preset.PRIVACY_WAYBILL)
    name = next(f for f in found if f.category is Category.NAME)
    [light_name] = [f for f in light if f.category is Category.NAME]
    # The first character stays readable: the light mask starts to its right.
    assert _x_extent(light_name.quad)[0] > _x_extent(name.quad)[0] + 5
    assert _x_extent(light_name.quad)[1] >= _x_extent(name.quad)[1] - 1
    phone = next(f for f in found if f.category is Category.PHONE)
    [light_phone] = [f for f in light if f.category is Category.PHONE]
    assert _x_extent(light_phone.quad)[1] < _x_extent(phone.quad)[1] - 20  # last four show
    assert not [f for f in light if f.category is Category.ADDRESS]
    # Switching back gives the whole findings again: nothing was lost.
    assert apply_policy(found, Preset.FULL) == full


def test_findings_without_a_lighter_form_pass_unchanged() -> None:
    q = Quad.from_bbox(0, 0, 50, 20)
    drawn = Finding(Category.MANUAL, q, 1.0, MANUAL_SOURCE)
    bars = Finding(Category.CODE, q, 0.9, Source(Origin.CODE, "qr"))
    whole = Finding(Category.ADDRESS, q, 0.8, Source(Origin.OCR, "address_field"), partial=None)
    assert apply_policy([drawn, bars, whole], Preset.PRIVACY_WAYBILL) == (drawn, bars, whole)


def _phone(x0: float = 100.0, digit: float = 10.0, height: float = 20.0) -> Finding:
    """An 11-digit phone, one ``digit`` wide per character; the preset hides the first 7."""
    whole = Quad.from_bbox(x0, 50, x0 + 11 * digit, 50 + height)
    hidden = Quad.from_bbox(x0, 50, x0 + 7 * digit, 50 + height)
    return Finding(Category.PHONE, whole, 0.9, Source(Origin.OCR, "phone"), True, height, (hidden,))


def test_privacy_waybill_mask_stops_where_the_four_kept_digits_start() -> None:
    phone = _phone()
    [cut] = apply_policy([phone], Preset.PRIVACY_WAYBILL)
    painted = padded_quad(cut)
    first_kept = 100 + 7 * 10
    assert painted.bbox[2] <= first_kept + 0.5  # the 8th digit is not covered
    assert painted.bbox[0] < 100  # the value's own start keeps its margin


def test_kept_digits_read_again_are_not_a_leftover() -> None:
    phone = _phone()
    kept = Finding(
        Category.DOOR, Quad.from_bbox(172, 52, 208, 68), 0.7, Source(Origin.VERIFY, "door")
    )
    peeking = Finding(
        Category.PHONE, Quad.from_bbox(120, 52, 160, 68), 0.7, Source(Origin.VERIFY, "phone")
    )
    elsewhere = Finding(
        Category.NAME, Quad.from_bbox(300, 52, 340, 68), 0.7, Source(Origin.VERIFY, "name")
    )
    found = (kept, peeking, elsewhere)
    assert kept_on_purpose(found, [phone], Preset.PRIVACY_WAYBILL) == (peeking, elsewhere)
    assert kept_on_purpose(found, [phone], Preset.FULL) == found
