"""Traditional Chinese labels are read with the Simplified vocabulary: each character
is folded to its Simplified form, one for one, so boxes stay where they were."""

from __future__ import annotations

from redactor.core.detect.simplified import to_simplified
from redactor.core.detect.spans import normalize
from tests.core.test_layout import stack
from tests.core.test_values_not_labels import masked


def test_traditional_characters_fold_one_for_one() -> None:
    text = "聯絡電話：9123 4567 地址：彌敦道"
    folded = normalize(text)
    assert len(folded) == len(text)
    assert folded.startswith("联络电话:") and "地址:弥敦道" in folded
    assert to_simplified("王小明 ABC 123") == "王小明 ABC 123"  # Simplified and Latin unchanged


def test_a_traditional_label_announces_its_value_and_stays_readable() -> None:
    parts = masked(stack("姓名 陳大文", "聯絡電話 9123 4567", "住址 九龍彌敦道123號8樓B室"))
    assert parts[0] == ["陳大文"]
    assert parts[1] == ["9123 4567"]
    assert parts[2] and all("住址" not in p for p in parts[2])
