"""The lines of a text message, read word by word rather than as a person's block.

A message list or a conversation stacks a sender's line, a timestamp and the message's
words under one another: the person-block step sees a block with a personal signal in
it (a courier's phone, a card's last digits) and masks every run no rule covered, so a
whole notice goes black. A message's words are running text: its people, numbers and
places are found one by one (their shapes, their labels, ``text/message_addressees``).

A message's first line opens with its sender's name in brackets; the lines its words
wrap onto stand right under it, from about its left edge, in print of its size. On
those lines, and on the sender's line above the first one (a service's name, not a
person's: no digit, no name's shape), this step takes back what the block step masked
and keeps every other step's findings. A sender that is a service number (95xxx, an
SMS gateway's 106…) is no one's: nothing on its line stays masked. A flat number
written by dashes inside a message's words ("3-2-101"), or alone on a line of a page a
group chat's lines mark (a neighbour's nickname), is masked as a door.
"""

from __future__ import annotations

from dataclasses import replace

from redactor.core.detect.charclass import has_digit
from redactor.core.detect.layout.block_lines import BLOCK_RULE
from redactor.core.detect.layout.page import Sheet
from redactor.core.detect.spans import Span
from redactor.core.detect.tables.lexicon import SALUTATION
from redactor.core.detect.tables.patterns import patterns
from redactor.core.detect.text.addresses import SHAPES as ADDRESS_SHAPES
from redactor.core.detect.text.message_addressees import a_chats_line, name_after_a_wrapped_role
from redactor.core.detect.text.names import looks_like_person_name
from redactor.core.detect.text.not_personal import nothing_but_amounts
from redactor.core.models import Category

_SHAPES = patterns("messages", "shapes")
_SIGNATURE = _SHAPES["sender_signature"]
_SERVICE = _SHAPES["service_sender"]
_MENTION = _SHAPES["mention"]
_DASHED_DOOR = _SHAPES["dashed_door"]
_CLAUSE_END = ADDRESS_SHAPES["clause_end"]
_REGION = ADDRESS_SHAPES["cn_region"]
_NUMBERS = frozenset({Category.PHONE, Category.CARD_NUMBER, Category.ID_NUMBER, Category.TRACKING})
_ADDRESS = frozenset({Category.ADDRESS, Category.DOOR})
#: An address a label announced (its value), not one found by its shape.
_ANNOUNCED = frozenset({"address_field", "address_field+door"})
#: Lines a message's words wrap onto (a preview shows two, a bubble a few more).
_MAX_WRAPS = 8
#: How far a wrapped line may start from the first one's left edge, in text heights.
_INDENT = 2.0
#: The widest gap between a message's wrapped lines, in text heights (its own
#: leading; the next message or its sender stands further off).
_LEADING = 0.5
#: Print of the same size: text heights within this ratio.
_SIZE = 1.4


def message_lines(sheet: Sheet) -> set[int]:
    """Lines of the page's text messages (see the module's docstring), a chat message
    that opens with "@<name>" and the lines it wraps onto, and a letter's or a notice's
    greeting line ("尊敬的<door>业主:", "Dear <name>,"): its name and door are found by
    their rules, its words are the greeting's."""
    out = {k for k, t in enumerate(sheet.texts) if SALUTATION.match(t)}
    for i, t in enumerate(sheet.texts):
        if _MENTION.match(t):
            out.update(_wrapped(sheet, i))  # a chat message for "@<name>" and its wraps
    if not any(_SIGNATURE.match(t) for t in sheet.texts):
        return out
    for i, t in enumerate(sheet.texts):
        if not _SIGNATURE.match(t):
            continue
        out.update(_wrapped(sheet, i))
        out.update(k for k in _sender_above(sheet, i) if _a_service(sheet.texts[k]))
    out.update(k for k, t in enumerate(sheet.texts) if _SERVICE.fullmatch(t))
    return out


def _wrapped(sheet: Sheet, i: int) -> list[int]:
    """A message's first line ``i`` and the lines its words wrap onto, in order."""
    out = [i]
    g = prev = sheet.geo[i]
    for j in sheet.lines_below(i, max_lines=_MAX_WRAPS):
        c = sheet.geo[j]
        if (
            c.y0 - prev.y1 > _LEADING * g.th
            or abs(c.x0 - g.x0) > _INDENT * g.th
            or not 1 / _SIZE <= c.th / max(1.0, g.th) <= _SIZE
            or _SIGNATURE.match(sheet.texts[j])
            or nothing_but_amounts(sheet.texts[j])
        ):
            break
        out.append(j)
        prev = c
    return out


def _sender_above(sheet: Sheet, i: int) -> list[int]:
    """The line right above a message's first line, stacked over it (its sender)."""
    return [k for k in range(len(sheet.texts)) if k != i and sheet.lines_below(k, 1) == [i]]


def _a_service(text: str) -> bool:
    """A sender's line that names a service, not a person."""
    return not has_digit(text) and not looks_like_person_name(text)


def spare_message_lines(sheet: Sheet) -> set[int]:
    """Take back the block step's masks on message lines (and every mask on a service
    sender's number); the other steps' findings there are found again as this step's,
    as a sentence holds them (see ``_in_a_sentence``)."""
    lines = message_lines(sheet)
    for k in lines:
        text = sheet.texts[k]
        if _SERVICE.fullmatch(text):
            continue
        kept = (_in_a_sentence(text, s) for s in sheet.out[k] if s.rule != BLOCK_RULE)
        sheet.out[k].extend([s for s in kept if s is not None])
        # "放我家门口了,3-2-101": a flat number by dashes inside a message's words
        sheet.out[k].extend(
            Span(m.start(), m.end(), Category.DOOR, 0.7, "message_door")
            for m in _DASHED_DOOR.finditer(text)
        )
    if any(a_chats_line(t) for t in sheet.texts):
        for k, t in enumerate(sheet.texts):
            if door := _DASHED_DOOR.fullmatch(t.strip()):
                # a neighbour's nickname in a group chat: their flat number alone
                start = t.index(door.group())
                end = start + len(door.group())
                sheet.out[k].append(Span(start, end, Category.DOOR, 0.7, "message_door"))
    for i, t in enumerate(sheet.texts):
        if _SIGNATURE.match(t):
            chain = _wrapped(sheet, i)
            for above, k in zip(chain, chain[1:], strict=False):
                span = name_after_a_wrapped_role(sheet.texts[above], sheet.texts[k])
                if span is not None:
                    sheet.out[k].append(span)
    return lines


def _in_a_sentence(text: str, s: Span) -> Span | None:
    """What of a finding on a message line is the value, the sentence around it aside:
    a number ends at the clause mark after its digits when words with no digit go on
    after it (",请保持电话畅通"); an address found by its shape alone is its door numbers
    (a room number glued after its floor with them), unless a province-level name
    heads it or a label announced it ("尊敬的<door>业主": the words are no address)."""
    if s.category in _NUMBERS:
        for m in _CLAUSE_END.finditer(text, s.start, s.end):
            rest = text[m.end() : s.end]
            if has_digit(text[s.start : m.start()]) and not has_digit(rest):
                return replace(s, end=m.start())
        return s
    if s.category not in _ADDRESS or s.rule in _ANNOUNCED:
        return s
    if _REGION.search(text, s.start, s.end):
        return s
    if s.category is Category.DOOR:
        end = s.end
        while end < len(text) and text[end].isdigit():
            end += 1
        return replace(s, end=end)
    return None
