"""Where an address may stand on a line, and the step masking an address written into
a printed sentence (:mod:`redactor.core.detect.text.address_in_sentence`): the address
itself, split into its door and street parts, never the sentence around it."""

from __future__ import annotations

from dataclasses import replace

from redactor.core.detect.layout.labels import has_business_label
from redactor.core.detect.layout.page import Sheet
from redactor.core.detect.layout.printed_labels import printed_labels
from redactor.core.detect.text.address_in_sentence import RULE, sentence_address
from redactor.core.detect.text.addresses import split_door

_SCORE = 0.7
_GAP = " ,"


def address_end(sheet: Sheet, i: int) -> int | None:
    """Where the text that may be a person's address ends on line ``i`` (before the
    line's first label: "…路418号 邮编："); ``None`` when the line is the business's own
    (its address stays readable) or opens with a label whose value is no person's (a
    case number, a reference, a date: a number there is no house's)."""
    text = sheet.texts[i]
    if has_business_label(text) or _opens_with_readable_field(text):
        return None
    return sheet.before_label(i)


def _opens_with_readable_field(text: str) -> bool:
    labels = printed_labels(text)
    return bool(labels) and labels[0].start == 0 and labels[0].kind.category is None


def addresses_in_sentences(sheet: Sheet) -> None:
    """Mask the address inside each line that is a sentence around one."""
    for i, text in enumerate(sheet.texts):
        end = address_end(sheet, i)
        if end is None:
            continue
        # A sentence opening with a keyword ("Dear <name>, …", "Remarks: …") runs on
        # after it: the whole line is the sentence's.
        end = end or len(text)
        for a, b in sentence_address(text, end) or ():
            for sp in split_door(text, a, b, _SCORE, RULE):
                start = sp.start
                while text[start] in _GAP:
                    start += 1  # the comma after a door belongs to neither part
                sheet.out[i].append(replace(sp, start=start))
