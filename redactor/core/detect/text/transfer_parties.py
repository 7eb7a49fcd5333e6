"""The other party of a transfer, named after the words that announce the transfer.

A bank statement's description column, a payment app's detail page and a transfer
slip print no field label before the person paid or paying: the line says what
happened and to whom ("Überweisung an <name>", "FPO <NAME> REF …", "You paid <name>",
"转账-来自<姓*名>"), nor does a cash receipt's sentence acknowledging its payer
("Recibí de D./Dña. <name>", "今收到<name>"). After one of those cues
(tables/transfers.toml) and any title, the person's name is masked: two to four
capitalised words or initials, or one after a title (a company's words keep it
readable: a merchant is no one's data), or a Chinese surname with one or two given
characters, which a payment app may hide behind stars ("石*怡", "熊*").
The cue and the reference after the name stay readable. One pass over the line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redactor.core.detect.charclass import CJK
from redactor.core.detect.spans import Span
from redactor.core.detect.tables.lexicon import table, words_pattern
from redactor.core.detect.text.names import CN_HONORIFICS, LATIN_TITLES, is_business, surname_length
from redactor.core.models import Category

RULE = "transfer_party"
_SCORE = 0.7
_TABLE = table("transfers")
_LATIN_CUE = re.compile(
    rf"(?i)(?<![^\W\d_])(?:{words_pattern(_TABLE['cues']['latin'])})(?![^\W\d_])[\s:：\-]*"
)
_MERCHANT = re.compile(rf"(?i){words_pattern(_TABLE['cues']['merchant'])}")
_CN_CUE = re.compile(words_pattern(_TABLE["cues"]["chinese"]))
_STOPS = frozenset(w.lower() for w in _TABLE["stops"]["latin"])
# A title before the name ("D./Dña.", "Mr", "Sra."), maybe two joined by a slash (or
# with the slash lost: "D.Dña."): a dotted title ends at its dot.
_TITLE = re.compile(
    rf"(?i)(?:{LATIN_TITLES})"
    r"(?:(?<=\.)|\.|(?![^\W\d_]))[\s/]*"
)
# One word of a Latin name: a capital, then letters of either case (OCR may read an
# accented last letter as a capital: "JosE"), or an initial.
_WORD = re.compile(r"(?:[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿß'’\-]+|[A-Z]\.?)(?=\s|$|,)")
_GAP = re.compile(r"[ \t]+")
_STARS = "*＊•·"
_CN_AFTER = re.compile(rf"[{_STARS}{CJK}]{{0,3}}")
_CN_TITLES = tuple(CN_HONORIFICS)


def cue_end(text: str, pos: int) -> int | None:
    """Where a transfer's cue starting at ``pos`` ends (its separators with it), if one does."""
    m = _LATIN_CUE.match(text, pos) or _CN_CUE.match(text, pos)
    return m.end() if m is not None and m.end() > pos else None


def transfer_parties(text: str) -> Iterator[Span]:
    """Spans of ``text`` (one line) naming a transfer's other party."""
    yield from _latin_parties(text)
    yield from _chinese_parties(text)


def _latin_parties(text: str) -> Iterator[Span]:
    merchant = [(m.start(), m.end()) for m in _MERCHANT.finditer(text)]
    k = 0  # both runs are in order: one walk over the merchants' cues
    for cue in _LATIN_CUE.finditer(text):
        while k < len(merchant) and merchant[k][1] <= cue.start():
            k += 1
        if k < len(merchant) and merchant[k][0] <= cue.start():
            continue
        words: list[tuple[int, int]] = []
        pos, titled = cue.end(), False
        for _ in range(2):
            title = _TITLE.match(text, pos)
            if title and title.end() > pos:
                pos, titled = title.end(), True
        while len(words) < 4:
            m = _WORD.match(text, pos)
            if not m:
                break
            word = m.group()
            if word.lower().rstrip(".") in _STOPS or _LATIN_CUE.fullmatch(word):
                break
            words.append((m.start(), m.end()))
            gap = _GAP.match(text, m.end())
            if not gap:
                break
            pos = gap.end()
        # A lone initial is no name; the last word must be a whole word.
        while words and len(text[words[-1][0] : words[-1][1]].rstrip(".")) == 1:
            words.pop()
        if len(words) < (1 if titled else 2):
            continue  # a title makes one word a person's name ("Mr Okafor")
        start, end = words[0][0], words[-1][1]
        # A company's word anywhere after the cue ("… Obernau GmbH") makes it a company.
        if not is_business(text[start : end + 40]):
            yield Span(start, end, Category.NAME, _SCORE, RULE)


def _chinese_parties(text: str) -> Iterator[Span]:
    for cue in _CN_CUE.finditer(text):
        s = cue.end()
        n = surname_length(text, s)
        if not n:
            continue
        run = _CN_AFTER.match(text, s + n)
        end = run.end() if run else s + n
        # A title after the name ends it and stays readable ("<name>女士").
        titled = next(
            (p for p in range(s + n + 1, min(end, s + 4) + 1) if text.startswith(_CN_TITLES, p)),
            None,
        )
        end = titled or end
        name = text[s:end]
        starred = any(c in _STARS for c in name)
        # Unstarred, the name must end the phrase (a bracket, a space, the line's end).
        closed = titled is not None or end == len(text) or text[end] in "(（ \t,，"
        if (starred or (closed and end - s >= 2)) and end - s <= 4:
            yield Span(s, end, Category.NAME, _SCORE, RULE)
