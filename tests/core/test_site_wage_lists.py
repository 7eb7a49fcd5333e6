"""A building site's wage list and timesheet: the foremen and managers who sign it
are named after their role, and the fingerprint column beside the signature is a
label, not a signature's value."""

from __future__ import annotations

from redactor.core.detect import text_spans
from redactor.core.models import OcrLine
from tests.core.test_layout import make_line


def _masked(lines: list[OcrLine]) -> set[str]:
    out = text_spans(lines)
    return {lines[i].text[s.start : s.end] for i, spans in out.items() for s in spans}


def test_a_site_manager_and_a_project_manager_are_named_after_their_role() -> None:
    for line, name in (
        ("项目经理：龚立新", "龚立新"),
        ("Site manager: Dora Pemberton", "Dora Pemberton"),
        ("Foreman: Ivo Latimer", "Ivo Latimer"),
    ):
        assert _masked([make_line(line)]) == {name}, line


def test_the_fingerprint_column_beside_the_signature_stays_readable() -> None:
    xs = (100.0, 260.0, 420.0, 580.0)
    heads = ("姓名", "工种", "本人签字", "手印")
    lines = [make_line(h, x=x, y=100) for h, x in zip(heads, xs, strict=True)]
    lines += [make_line(t, x=x, y=150) for t, x in zip(("龚立新", "木工"), xs, strict=False)]
    masked = _masked(lines)
    assert "手印" not in masked
    assert "木工" not in masked
    assert "龚立新" in masked
