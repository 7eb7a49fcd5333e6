"""A party's block whose party is a business: its address and phone are the business's.

Contracts, claims and applications list their parties as blocks, each announced by
the party's role (申请人 / 被申请人, 甲方 / 乙方, Claimant / Respondent, Landlord): the
role's label, or a section heading, then the party's fields one a row. The role
says nothing of who the party is; the name the block gives does. When that name is a
business's (有限公司, Ltd, GmbH, S.r.l.), the address and phone on the rows that
follow are the business's own and stay readable. A person named inside the block
(法定代表人, contact person) is a person: from that field on, the block is theirs and
nothing is spared (fail closed), as nothing is in a block whose party is a person.

The block is read from geometry: the role's row right of the role, then the rows
under it in its column, while each row opens with a label of the field lexicon and
no wide gap comes; another party's role ends it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from redactor.core.detect.layout.page import Geo, Sheet
from redactor.core.detect.tables.field_lexicon import LabelMatch, ValueKind, default_lexicon
from redactor.core.detect.tables.lexicon import table, words_pattern
from redactor.core.detect.tables.patterns import patterns
from redactor.core.detect.tables.text_folding import fold
from redactor.core.detect.text.names import is_business
from redactor.core.models import Category

_BLOCKS = table("blocks")
_TABLE = _BLOCKS["business_parties"]
_ROLES = [fold(w) for w in (*_TABLE["roles"], *_BLOCKS["party_columns"]["headings"])]
_NUMBER = patterns("layout", "item_numbers")["item_number"].pattern
_SECTION = patterns("layout", "item_numbers")["section_number"].pattern
_ROLE = re.compile(
    rf"(?:{_NUMBER}|{_SECTION})?\s*{_TABLE['article']}(?:{words_pattern(_ROLES)})(?![a-z])"
    rf"{_BLOCKS['party_columns']['ordinal']}{_TABLE['qualifiers']}\s*[:：]?\s*"
)
_LEGAL_FORM = re.compile(_TABLE["legal_forms"])
_CN_ENDINGS = tuple(_TABLE["cn_endings"])
#: A generic label that inside a party's block names the party ("名称", "Name").
_NAME_LABELS = frozenset(fold(w) for w in _BLOCKS["party_sections"]["name_labels"])
_OPENING = re.compile(rf"(?:{_TABLE['field_number']}|{_NUMBER}|{_SECTION})?\s*")

#: What is spared on the business's lines: its address, its phone, its name where a
#: block or a name rule masked it. Numbers and e-mails keep their masks.
SPARED = frozenset({Category.NAME, Category.ADDRESS, Category.DOOR, Category.PHONE})
#: Labels that name the party itself when the role's line does not.
_PARTY_NAME_KINDS = frozenset({ValueKind.NAME, ValueKind.ORGANIZATION, ValueKind.PARTY})
#: Labels of a person's data: a person inside the business's block, whose fields follow.
_PERSON_KINDS = frozenset(
    {
        ValueKind.NAME,
        ValueKind.SIGNATURE,
        ValueKind.PARTY,
        ValueKind.BIRTH_DATE,
        ValueKind.TRAIT,
        ValueKind.CARD_NUMBER,
        ValueKind.FREE_TEXT,
    }
)
#: The longest party name a role's line may hold (a sentence is no party's name).
_LONGEST_NAME = 48
_SENTENCE = re.compile(r"[，。；;！？!?]")
#: The widest gap between two rows of one block, in text heights.
_ROW_GAP = 2.5
#: How far left of the role a row of its block may start, in text heights.
_SLACK = 2.0
#: How far above a role another party's column heading may stand, in text heights.
_ABOVE = 10.0
#: The widest gap between two boxes of one row of a block, in text heights.
_CHAIN = 4.0


@dataclass(frozen=True, slots=True)
class _Field:
    """One field of a party's block: its label's kind (None for the role), its value,
    and the lines it stands on."""

    kind: ValueKind | None
    named: bool  # a generic "名称"/"Name" label: the party's own name
    value: str
    lines: tuple[int, ...]


def spare_business_parties(sheet: Sheet) -> set[int]:
    """The lines of every business party's block: their address, phone and name
    spans (``SPARED``) are taken back."""
    spared: set[int] = set()
    roles = [k for k, t in enumerate(sheet.texts) if _role_end(t) is not None]
    for k in roles:
        if _value_of_a_label(sheet, k):
            continue  # "身份 | 申请人": a role written as another field's value
        fields = _fields(sheet, k, roles)
        name = _party_name(fields)
        if name is None or not _is_business(name):
            continue
        for f in _business_part(fields):
            spared.update(f.lines)
    return spared


def _role_end(text: str) -> int | None:
    """Where the role opening ``text`` ends; a value on its line follows a colon (a
    title, "Landlord gas safety record", opens with a role word too)."""
    m = _ROLE.match(fold(text))
    if m is None or (not re.search("[:：]", m[0]) and text[m.end() :].strip()):
        return None
    return m.end()


def _is_business(name: str) -> bool:
    v = name.strip(" :：,，.;；")
    if not v or len(v) > _LONGEST_NAME or _SENTENCE.search(v):
        return False
    return bool(is_business(v) or _LEGAL_FORM.search(v) or v.endswith(_CN_ENDINGS))


def _value_of_a_label(sheet: Sheet, k: int) -> bool:
    """Line ``k`` stands right of a label alone in its box on its row: its value."""
    g = sheet.geo[k]
    for j, c in enumerate(sheet.geo):
        if j == k or not c.same_row(g) or c.x1 > g.x0 + 0.5 * g.th:
            continue
        if g.x0 - c.x1 > 6 * max(g.th, c.th):
            continue
        labels = default_lexicon().find(sheet.texts[j])
        if labels and not sheet.texts[j][labels[-1].value_start :].strip():
            return True
    return False


def _fields(sheet: Sheet, k: int, roles: list[int]) -> list[_Field]:
    """The role's field, then its block's fields in reading order: each label with its
    value on its line, or in the box after it when it stands alone."""
    end = _role_end(sheet.texts[k]) or 0
    out: list[_Field] = []
    for row in _rows(sheet, k, roles):
        for j in row:
            text = sheet.texts[j]
            start = end if j == k else 0
            labels = [m for m in default_lexicon().find(text) if m.start >= start]
            head = text[start : labels[0].start if labels else len(text)].strip()
            if j != k and _OPENING.fullmatch(head + " "):
                head = ""  # a question's number before its label
            if j == k:
                out.append(_Field(None, False, head, (k,)))
            elif head:
                last = out[-1]
                if last.value or len(last.lines) > 1:
                    return out  # a value no label announces: no field of the block
                out[-1] = _Field(last.kind, last.named, head, (*last.lines, j))
            out.extend(_label_field(text, m, j) for m in labels)
    return out


def _label_field(text: str, m: LabelMatch, line: int) -> _Field:
    named = fold(text[m.start : m.end].strip()) in _NAME_LABELS
    return _Field(m.kind, named, text[m.value_start : m.value_end], (line,))


def _rows(sheet: Sheet, k: int, roles: list[int]) -> list[list[int]]:
    """The role's row from the role on, then the rows under it in its column while each
    opens with a label and the rows stand close; another role ends the block."""
    g = sheet.geo[k]
    # Another party's role right of this one, on its row or heading a column above it,
    # starts that party's column.
    right = min(
        (
            c.x0 - _SLACK * c.th
            for r in roles
            if (c := sheet.geo[r]).x0 > g.x1 and g.y1 - _ABOVE * g.th <= c.y0 <= g.y1
        ),
        default=float("inf"),
    )
    left = g.x0 - _SLACK * g.th
    boxes = [
        j
        for j, c in enumerate(sheet.geo)
        if left <= c.x0 < right and sheet.texts[j].strip() and _below_or_beside(g, c, j, k)
    ]
    rows: list[list[int]] = []
    for j in sorted(boxes, key=lambda j: (sheet.geo[j].y0 + sheet.geo[j].y1) / 2):
        if rows and sheet.geo[rows[-1][0]].same_row(sheet.geo[j]):
            rows[-1].append(j)
        else:
            rows.append([j])
    out: list[list[int]] = []
    bottom = g.y1
    for row in rows:
        row.sort(key=lambda j: sheet.geo[j].x0)
        row = _chained(sheet, row)
        top = min(sheet.geo[j].y0 for j in row)
        if out and (
            top - bottom > _ROW_GAP * g.th
            or row[0] in roles
            or not _opens_with_label(sheet.texts[row[0]])
        ):
            break
        out.append([j for j in row if j not in roles or j == k])
        bottom = max(sheet.geo[j].y1 for j in row)
    return out


def _chained(sheet: Sheet, row: list[int]) -> list[int]:
    """The boxes of a row up to a wide gap: past it, another block's column."""
    out = row[:1]
    for j in row[1:]:
        last = sheet.geo[out[-1]]
        if sheet.geo[j].x0 - last.x1 > _CHAIN * max(last.th, sheet.geo[j].th):
            break
        out.append(j)
    return out


def _below_or_beside(g: Geo, c: Geo, j: int, k: int) -> bool:
    if j == k:
        return True
    if c.same_row(g):
        return c.x0 >= g.x1 - 0.5 * g.th
    return (c.y0 + c.y1) / 2 > g.y1


def _opens_with_label(text: str) -> bool:
    labels = default_lexicon().find(text)
    opening = _OPENING.match(text)
    return bool(labels) and labels[0].start <= (opening.end() if opening else 0)


def _party_name(fields: list[_Field]) -> str | None:
    """The role's own value, or the first name label's after it ("名称", "Name of
    employer")."""
    if not fields:
        return None
    if fields[0].value:
        return fields[0].value
    for f in fields[1:]:
        if f.kind in _PARTY_NAME_KINDS or f.named:
            return f.value or None
        if f.kind in _PERSON_KINDS:
            return None
    return None


def _business_part(fields: list[_Field]) -> list[_Field]:
    """The fields before the first person's label (the party's own name label aside)."""
    out = [fields[0]]
    named = bool(fields[0].value)
    for f in fields[1:]:
        own_name = not named and (f.kind in _PARTY_NAME_KINDS or f.named)
        if not own_name and f.kind in _PERSON_KINDS:
            break
        named = named or own_name
        out.append(f)
    stop = {line for f in fields[len(out) :] for line in f.lines}
    return [f for f in out if not stop.intersection(f.lines)]
