"""A Chinese address written into a printed sentence ("…甲方将位于<address>的房屋出租给…"):
only the address is the person's, not the sentence's words around it.

Inside a line that goes on as a sentence after the address (a clause mark follows it,
or a sentence's worth of words),
the address runs from its province-level name to the end of its last door number
(building, unit, room). Both must be there, in that order, with no address word before
the name; otherwise the whole extent stays as found (fail closed). A greeting that
addresses its reader by their door ("尊敬的<door>业主") holds the door numbers only.
Wherever the line goes: a verb of place right before the province-level name ("灵堂设于
<address>") is the sentence's, and a full stop ends the address before it.
"""

from __future__ import annotations

import re

from redactor.core.detect.tables.label_finder import item_number_end
from redactor.core.detect.tables.lexicon import SALUTATION, table
from redactor.core.detect.tables.text_folding import is_cjk
from redactor.core.detect.text.addresses import SHAPES, cn_marker_count, looks_like_cn_address
from redactor.core.detect.text.prose import is_prose

_REGION = SHAPES["cn_region"]
_DOOR = SHAPES["cn_door"]
_CLAUSE_END = SHAPES["clause_end"]
_HOUSE_NUMBER = SHAPES["cn_house_number"]
#: Chinese characters after the door that are a sentence going on, with no clause mark
#: (more than a note beside an address holds).
_SENTENCE_AFTER = 8
_LOCATIVES = tuple(table("addresses")["cn"]["locatives"])


def address_extent(text: str, start: int, end: int) -> tuple[int, int]:
    """The part of ``text[start:end]`` (found shaped like an address) that is the
    address when the line is a sentence around it; ``(start, end)`` otherwise."""
    if SALUTATION.match(text) and (doors := _doors(text, start, end)):
        return _addressed_door(text, doors)
    end = _before_a_stop(text, start, end)
    head = _REGION.search(text, start, end)
    if head is not None and text[start : head.start()].rstrip().endswith(_LOCATIVES):
        start = head.start()  # "灵堂设于<address>": the sentence's words before it
    if head is None or cn_marker_count(text[start : head.start()]):
        return start, end
    doors = _doors(text, head.end(), end)
    if not doors:
        return start, end
    stop = doors[-1].end()
    runs_on = sum(map(is_cjk, text[stop:end])) >= _SENTENCE_AFTER
    if not (runs_on or _CLAUSE_END.search(text, stop, end)):
        return start, end  # no sentence goes on after it: an address line
    return head.start(), stop


def _before_a_stop(text: str, start: int, end: int) -> int:
    """``end``, or where a Chinese sentence's full stop ends the address before it
    ("<door>。特此讣告。"): no address holds one, and what follows is the sentence's."""
    stop = text.find("。", start, end)
    if stop > start and looks_like_cn_address(text[start:stop]):
        return stop
    return end


def _addressed_door(text: str, doors: list[re.Match[str]]) -> tuple[int, int]:
    """A greeting that addresses its reader by their door ("尊敬的<door>业主<name>:"):
    the door numbers, and a room number glued after a floor's, are the address; the
    greeting and the words after them are not."""
    end = doors[-1].end()
    while end < len(text) and text[end].isdigit():
        end += 1
    return doors[0].start(), end


def no_address_in_sentence(text: str, end: int) -> bool:
    """Whether ``text[:end]``, found shaped like an address, is a printed Chinese
    sentence that holds none: no province-level name, no door number and no number an address word
    follows (a rule's "seat number" or "exam room" has an address word, never a place;
    an offence's code or a count is a number, never a house's)."""
    t = text[:end]
    if not is_prose(t) or not any(map(is_cjk, t)) or _HOUSE_NUMBER.search(t, item_number_end(t)):
        return False
    return _REGION.search(t) is None and not _doors(t, 0, end)


def _doors(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The door numbers (building, unit, room) in ``text[start:end]``."""
    return [m for m in _DOOR.finditer(text, start, end) if m.end() > m.start()]
