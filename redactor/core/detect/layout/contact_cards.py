"""A shared contact card's display name, printed right above the account line.

A chat shows a shared contact as a card: the person's display name in larger print,
their account under it ("微信号: <id>", its value masked by the field lexicon), then
the card's caption. The name has no label of its own; the account label under it
announces it. A short line stacked right above an account line (no digit, no label,
not a business) is the name, masked whole whatever its shape (a nickname has none).
"""

from __future__ import annotations

import re

from redactor.core.detect.charclass import has_digit
from redactor.core.detect.layout.page import Sheet
from redactor.core.detect.spans import Span
from redactor.core.detect.tables.lexicon import table, words_pattern
from redactor.core.detect.text.names import is_business
from redactor.core.models import Category

RULE = "contact_card"
_SCORE = 0.7
_ACCOUNT = re.compile(
    rf"(?i)\s*(?:{words_pattern(table('messages')['contact_cards']['account_labels'])})\s*[:：]"
)
#: Characters of a display name, at most.
_NAME_MAX = 24


def contact_card_names(sheet: Sheet) -> None:
    for i, text in enumerate(sheet.texts):
        if not _ACCOUNT.match(text):
            continue
        for k in range(len(sheet.texts)):
            if k != i and sheet.lines_below(k, max_lines=1) == [i] and _a_display_name(sheet, k):
                t = sheet.texts[k]
                start = len(t) - len(t.lstrip())
                sheet.out[k].append(Span(start, len(t.rstrip()), Category.NAME, _SCORE, RULE))


def _a_display_name(sheet: Sheet, k: int) -> bool:
    t = sheet.texts[k].strip()
    return (
        0 < len(t) <= _NAME_MAX
        and not sheet.fields[k]
        and not _ACCOUNT.match(t)
        and not has_digit(t)
        and not is_business(t)
    )
