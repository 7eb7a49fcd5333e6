"""Detectors: from OCR lines (and pixels, for codes) to findings."""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Sequence
from enum import StrEnum

from redactor.core.detect.blank_headroom import into_blank
from redactor.core.detect.corner_labels import clear_corner_labels
from redactor.core.detect.label_clearance import clear_labels, label_boxes
from redactor.core.detect.layout.label_trim import keep_labels_readable
from redactor.core.detect.layout.labelled_values import UNREAD_VALUE
from redactor.core.detect.layout.page import Sheet
from redactor.core.detect.plan import PlanResult, Recognizer, Scope, run_text_plan
from redactor.core.detect.registry import RECOGNIZERS
from redactor.core.detect.spans import Span, normalize
from redactor.core.detect.text.hidden_part import hidden_part
from redactor.core.mask import text_padding
from redactor.core.models import Category, Finding, OcrLine, Origin, Quad, Source


def text_spans(
    lines: list[OcrLine],
    custom_terms: Sequence[str] = (),
    custom_patterns: Sequence[str] = (),
    blocks: bool = True,
    recognizers: tuple[Recognizer, ...] = RECOGNIZERS,
) -> dict[int, list[Span]]:
    """Every personal-data span on every line (overlaps allowed; masking unions them).

    ``blocks=False`` is the read of a masked page: labels have lost their values,
    so the recognizers that judge blocks and headings stay out."""
    return _run_plan(lines, custom_terms, custom_patterns, blocks, recognizers).out


def _run_plan(
    lines: list[OcrLine],
    custom_terms: Sequence[str],
    custom_patterns: Sequence[str],
    blocks: bool,
    recognizers: tuple[Recognizer, ...],
) -> PlanResult:
    texts = [normalize(ln.text) for ln in lines]
    sheet = Sheet.of(lines, texts)
    custom = Recognizer(
        "custom",
        frozenset({Category.CUSTOM}),
        Scope.LINE,
        line=lambda text: _custom(text, custom_terms, custom_patterns),
        digit_view=False,
    )
    result = run_text_plan(sheet, (*recognizers, custom), blocks)
    return keep_labels_readable(sheet, result)  # values, not labels: layout/label_trim.py


def _custom(text: str, terms: Sequence[str], patterns: Sequence[str]) -> Iterator[Span]:
    for term in terms:
        if term:
            for m in re.finditer(re.escape(term), text, re.IGNORECASE):
                yield Span(m.start(), m.end(), Category.CUSTOM, 1.0, "custom_word")
    for pat in patterns:
        for m in re.finditer(pat, text):
            if m.end() > m.start():
                yield Span(m.start(), m.end(), Category.CUSTOM, 1.0, "custom_regex")


class DetectionPass(StrEnum):
    """Which read of the page the text comes from (the origin of a finding's source)."""

    ANALYZE = "ocr"  # the original page
    VERIFY = "verify"  # the masked page: field keywords have lost their values


def findings_from_text(
    lines: list[OcrLine],
    custom_terms: Sequence[str] = (),
    custom_patterns: Sequence[str] = (),
    read: DetectionPass = DetectionPass.ANALYZE,
    recognizers: tuple[Recognizer, ...] = RECOGNIZERS,
) -> list[Finding]:
    """Every personal-data finding on the page's lines, whole; presets cut them later
    (policy.py), from the ``partial`` form recorded here."""
    found = findings_by_step(lines, custom_terms, custom_patterns, read, recognizers)
    return [f for _, f in found]


def findings_by_step(
    lines: list[OcrLine],
    custom_terms: Sequence[str] = (),
    custom_patterns: Sequence[str] = (),
    read: DetectionPass = DetectionPass.ANALYZE,
    recognizers: tuple[Recognizer, ...] = RECOGNIZERS,
) -> list[tuple[str, Finding]]:
    """:func:`findings_from_text`, each finding with the name of the step that found it."""
    result = _run_plan(
        lines, custom_terms, custom_patterns, read is DetectionPass.ANALYZE, recognizers
    )
    out, steps = [], []
    for i, spans in result.out.items():
        line = lines[i]
        for s in _dedupe(spans):
            if s.start == s.end:
                quad, partial = _after_line(line), None
            else:
                quad = _after_gap(line, s.start, line.span(s.start, s.end))
                quad = _short_of_punctuation(line, s.end, quad)
                if s.category in _LISTED:
                    quad = _clear_of_punctuation_before(line, s.start, quad)
                partial = _partial(line, s)
            if s.joins is not None:
                quad = _bridged(lines[s.joins].quad, quad)
            score = round(s.score * max(0.3, line.confidence), 3)
            source = Source(Origin(read.value), s.rule, unread=s.rule == UNREAD_VALUE)
            finding = Finding(s.category, quad, score, source, True, line.height, partial)
            own = frozenset({i} if s.joins is None else {i, s.joins})
            out.append((own, finding))
            steps.append(result.owner[id(s)])
    # A value's ink past its box is masked where the paper there is blank; and values,
    # not labels: no value's margin covers a label on the line above or below.
    out = into_blank(out, lines)
    # A label in a ruled box's top-left corner stays readable under the value across it.
    labels = label_boxes(lines)
    out, steps = clear_corner_labels(out, steps, labels, lines)
    return list(zip(steps, clear_labels(out, labels), strict=True))


def _partial(line: OcrLine, s: Span) -> tuple[Quad, ...] | None:
    """The quads a lighter preset masks of this span (see policy.hidden_part)."""
    if s.joins is not None:
        return None  # a value boxed in two pieces: which characters show is not known here
    parts = hidden_part(s.category, normalize(line.text), s.start, s.end)
    if parts is None:
        return None
    return tuple(line.span(a, b) for a, b in parts if b > a)


def _after_gap(line: OcrLine, start: int, quad: Quad) -> Quad:
    """A value's mask from the trailing edge of what stands before it on its line, when
    it follows a separator ("姓名：" then the name) or spaces part them by a wide gap: a
    mark written over the value's first characters makes OCR drop them, or box them
    where the mark is, and they stand in that gap; OCR also boxes a colon wide, over
    the value's first character. (Paper between a colon and its value costs nothing.)"""
    j = start - 1
    while j >= 0 and line.text[j].isspace():
        j -= 1
    if j < 0 or (j == start - 1 and line.text[j] not in _SEPARATORS):
        return quad  # at the line's start (span() reached it), or glued to a character
    _, b, c, _ = line.chars[j].points
    if j < start - 1:
        # After spaces, only a gap no character box covers (a space has a box of its own).
        widths = sorted(q.width for q in line.chars)
        wide = _WIDE_GAP * widths[len(widths) // 2]
        if math.dist(line.chars[start - 1].points[1], line.chars[start].points[0]) < wide:
            return _over_spaces(line, b, c, quad, wide)
    qa, qb, qc, _ = quad.points
    la, lb, _, _ = line.quad.points
    if (qa[0] - b[0]) * (lb[0] - la[0]) + (qa[1] - b[1]) * (lb[1] - la[1]) <= 0:
        return quad  # the boxes overlap: the value's own start is the earlier one
    return Quad((b, qb, qc, c))


def _over_spaces(
    line: OcrLine, b: tuple[float, float], c: tuple[float, float], quad: Quad, wide: float
) -> Quad:
    """A value's mask over the wide spaces before it, its padding stopping where the
    word before them ends: a value written by hand in the room a printed form leaves
    for it starts anywhere in that room, and OCR boxes its first letters short of
    where the pen put them; the word before stays whole ("Dear Mrs", "Received by")."""
    qa, qb, qc, qd = quad.points
    u = _along(line.quad)
    if u is None:
        return quad
    gap = (qa[0] - b[0]) * u[0] + (qa[1] - b[1]) * u[1]
    move = gap - text_padding(line.height)
    if gap < wide or move <= 0:
        return quad
    return Quad((_moved(qa, u, -move), qb, qc, _moved(qd, u, -move)))


def _short_of_punctuation(line: OcrLine, end: int, quad: Quad) -> Quad:
    """The quad pulled back so that its mask's padding ends where the punctuation
    printed right after the value starts ("Dear Ms Roe,": the comma stays readable),
    never so far that the value's last character is left short of its box."""
    if not _PUNCTUATED.match(line.text, max(0, end - 1)) or end == 0:
        return quad
    a, b, c, d = quad.points
    u = _along(quad)
    if u is None:
        return quad
    nxt = line.chars[end].points[0]
    pull = _room_short(line, (nxt[0] - b[0]) * u[0] + (nxt[1] - b[1]) * u[1])
    if pull <= 0:
        return quad
    return Quad((a, _moved(b, u, -pull), _moved(c, u, -pull), d))


def _clear_of_punctuation_before(line: OcrLine, start: int, quad: Quad) -> Quad:
    """The quad moved on so that its mask's padding starts where the punctuation
    printed right before the value ends ("<name>, <name>" in a list, "*<date of
    birth>"): the mark stays readable, as after a value (``_short_of_punctuation``);
    never so far that the value's first character is left short of its box."""
    if start == 0 or not _PUNCTUATED_BEFORE.search(line.text, 0, start):
        return quad
    a, b, c, d = quad.points
    u = _along(quad)
    if u is None:
        return quad
    mark = line.chars[len(line.text[:start].rstrip()) - 1].points[1]
    push = _room_short(line, (a[0] - mark[0]) * u[0] + (a[1] - mark[1]) * u[1])
    if push <= 0:
        return quad
    return Quad((_moved(a, u, push), b, c, _moved(d, u, push)))


def _along(quad: Quad) -> tuple[float, float] | None:
    """The unit vector along a quad's line of text (None for a quad too short)."""
    a, b, _, _ = quad.points
    ux, uy = b[0] - a[0], b[1] - a[1]
    norm = math.hypot(ux, uy)
    return None if norm < 1 else (ux / norm, uy / norm)


def _room_short(line: OcrLine, gap: float) -> float:
    """How far to move a value's end so that its padding stops ``gap`` short."""
    return min(text_padding(line.height) - gap, text_padding(line.height))


def _moved(p: tuple[float, float], u: tuple[float, float], by: float) -> tuple[float, float]:
    return (p[0] + u[0] * by, p[1] + u[1] * by)


# Values listed one after another with a comma between ("<name>, <name>"), or a date
# of birth after its mark: an address's parts are not (OCR may box a tilted line's
# words short of their print, and the part after the comma covers the end of the one
# before it).
_LISTED = frozenset({Category.NAME, Category.ID_NUMBER})
# A mark a value follows in a list or a life span: a comma or a semicolon after a
# Latin word ("<name>, <name>"), or a birth mark ("*<date>").
_PUNCTUATED_BEFORE = re.compile(r"(?:[A-Za-z0-9)][,;]\s+|(?:^|\s)[*✱]\s*)$")
# A Latin letter, a digit or a closing bracket ending the value, then a comma, stop,
# semicolon or exclamation ending the line or a phrase ("Flat 4, 12 …", "… 07700
# 900123.", "Get well soon <name>!"). (After Chinese, a "，" may be a character OCR
# could not read.) A bracket closing after Chinese: "学生卡（<name>）" keeps its bracket.
_PUNCTUATED = re.compile(r"[A-Za-z0-9>)\]][,.;!?](?:\s|$)|[\u4e00-\u9fff][)）]")
_WIDE_GAP = 0.8  # in character widths: room for a character the OCR did not read
_SEPARATORS = ":："


def _after_line(line: OcrLine) -> Quad:
    """A sliver just past a line's trailing edge: the seed of an unread value's mask."""
    _, b, c, _ = line.quad.points
    _, pb, pc, _ = line.quad.padded(0.2 * line.height, 0.0).points
    return Quad((b, pb, pc, c))


def _bridged(first_box: Quad, second: Quad) -> Quad:
    """From the trailing edge of the first box to the end of the second span."""
    _, b, c, _ = first_box.points
    _, sb, sc, _ = second.points
    return Quad((b, sb, sc, c))


def _dedupe(spans: list[Span]) -> list[Span]:
    """Drop spans wholly inside a stronger span of the same line."""
    spans = [s for s in spans if s.end > s.start or s.rule == UNREAD_VALUE]
    keep: list[Span] = []
    for s in sorted(spans, key=lambda s: (-(s.end - s.start), -s.score)):
        if any(
            k.start <= s.start
            and s.end <= k.end
            and (k.category == s.category or k.score >= s.score)
            for k in keep
        ):
            continue
        keep.append(s)
    return sorted(keep, key=lambda s: s.start)
