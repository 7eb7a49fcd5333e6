"""A paragraph of running text: lines wrapped from one another, read together.

A note written by hand or printed as a declaration ("I, <name>, of <address>, owe
<name> the sum of …"; "今借到<name>(身份证号:<number>)人民币…") fills its values into
sentences. Line by line, a wrapped sentence may not read as one (a line holding a
name and an address has few lower-case words); as a paragraph it does: its lines
start at one left edge (the first may be indented), follow one another at one line's
pitch, fill the paragraph's width but for the last, and their text, joined, reads as
sentences. The words around the values are no one's: the person-block step leaves
those lines to the steps that find a value by its own shape or by how the sentence
names it (``running_text``).
"""

from __future__ import annotations

import re

from redactor.core.detect.charclass import has_digit
from redactor.core.detect.layout.page import Geo, Sheet
from redactor.core.detect.spans import Span
from redactor.core.detect.tables.text_folding import is_cjk
from redactor.core.detect.text.addresses import looks_like_address, split_door
from redactor.core.detect.text.not_personal import NUMBER_WORDS, SIGNED_SUM, nothing_but_amounts
from redactor.core.detect.text.prose import is_prose
from redactor.core.models import Category

#: Lines a paragraph has at least (two lines may be a name over an address).
_MIN_LINES = 3
#: How far a line may start from the paragraph's left edge, in text heights (the
#: first line's indent, a hand that drifts).
_INDENT = 2.5
#: The widest gap between two lines of a paragraph, in text heights.
_GAP = 1.2
#: How far short of the paragraph's right edge a line but the last may end, as a
#: share of its width (a wrap leaves at most a long word's room).
_RAGGED = 0.3
#: Lines but the last that read as a sentence's line on their own, at least this share.
_SENTENCE_SHARE = 0.5
#: A paragraph's last line ends a sentence this many text heights short of the right edge.
_SHORT = 2.0
_STOPS = frozenset(".。!！?？")
#: Where a label opening a line may start (after a speck or a bracket).
_LABEL_START = 1
_TOKEN = re.compile(r"\S+")
_CLOSERS = ")]\"'”’"
_MARKS = "()[]{},;:.!?\"'“”‘’"
#: A sentence's own word: lower case (an apostrophe or a hyphen inside).
_LOWER = re.compile(r"[a-z][a-z'’\-]*")
_FIRST_WORD = re.compile(r"[!-~]+")
_LOWER_WORD = re.compile(r"(?<![A-Za-z])[a-z][a-z'’]+")
#: Lower-case words that make a line a sentence's.
_SENTENCE_WORDS = 3
#: Chinese characters of a sentence's line, with a clause mark among them.
_CJK_SENTENCE = 6
_CLAUSE = frozenset("，,。；;！!？?")


def paragraph_lines(sheet: Sheet) -> dict[int, bool]:
    """The lines of every paragraph of running text on the page (module docstring),
    each with whether it opens a sentence (the paragraph's first line, or the line
    above ended one)."""
    out: dict[int, bool] = {}
    for run in _runs(sheet):
        for part in _paragraphs(sheet, run):
            if len(part) >= _MIN_LINES and _reads_as_paragraph(sheet, part):
                out[part[0]] = True
                for k, j in zip(part, part[1:], strict=False):
                    out[j] = sheet.texts[k].rstrip().rstrip(_CLOSERS)[-1:] in _STOPS
    return out


def _paragraphs(sheet: Sheet, run: list[int]) -> list[list[int]]:
    """A run of stacked lines cut where a paragraph ends: after a line that ends a
    sentence short of the run's right edge, and at a line opening with a label (the
    fields under a note: "Signed:", "借款人:"), itself in none."""
    right = max(sheet.geo[k].x1 for k in run)
    parts: list[list[int]] = [[]]
    for k in run:
        f = sheet.fields[k]
        if f and f[0].key_start <= _LABEL_START:
            parts.append([])
            continue  # a field's line: its label decides what it holds
        parts[-1].append(k)
        g = sheet.geo[k]
        if sheet.texts[k].rstrip()[-1:] in _STOPS and right - g.x1 > _SHORT * g.th:
            parts.append([])
    return [p for p in parts if p]


def _runs(sheet: Sheet) -> list[list[int]]:
    """Lines stacked one under the other from a common left edge, each alone on its
    row (a column of a form has another box beside it), top to bottom."""
    geo = sheet.geo
    alone = [
        k
        for k in range(len(geo))
        if not any(j != k and geo[j].same_row(geo[k]) for j in range(len(geo)))
    ]
    alone.sort(key=lambda k: geo[k].y0)
    runs: list[list[int]] = []
    for k in alone:
        for run in runs:
            if _continues(geo[run[-1]], geo[k], geo[run[0]]):
                run.append(k)
                break
        else:
            runs.append([k])
    return [r for r in runs if len(r) >= _MIN_LINES]


def _continues(last: Geo, g: Geo, first: Geo) -> bool:
    th = max(last.th, g.th)
    gap = g.y0 - last.y1
    return -0.5 * th <= gap <= _GAP * th and abs(g.x0 - min(first.x0, last.x0)) <= _INDENT * th


def _reads_as_paragraph(sheet: Sheet, run: list[int]) -> bool:
    geo = sheet.geo
    left = min(geo[k].x0 for k in run)
    right = max(geo[k].x1 for k in run)
    width = right - left
    for k, nxt in zip(run, run[1:], strict=False):
        room = right - geo[k].x1
        if room > _RAGGED * width and room > _word_width(sheet, nxt):
            return False  # a ragged column: a name, a street, a town
    texts = [sheet.texts[k].strip() for k in run]
    cjk = sum(1 for t in texts for c in t if is_cjk(c))
    joined = ("" if 2 * cjk > sum(len(t) for t in texts) else " ").join(texts)
    if joined[-1:] not in _STOPS or not is_prose(joined):
        return False  # a paragraph ends its last sentence
    sentence_lines = sum(1 for t in texts[:-1] if a_sentences_line(t))
    return sentence_lines >= _SENTENCE_SHARE * (len(texts) - 1)


def value_words(
    text: str, start: int, end: int, opens: bool = True
) -> list[tuple[int, int]] | None:
    """In ``text[start:end]``, a Latin line of a paragraph, the runs of words that are
    no sentence's: capitalised words and numbers (a name, a street, a town and its
    postcode, fail closed), apart from lower-case words, amounts and dates, "I", and a
    capitalised word opening a sentence before a lower-case one (``opens``: the line
    opens a sentence, it does not carry on the line above's). Chinese text has no
    words to tell apart: ``None``."""
    if any(is_cjk(c) for c in text[start:end]):
        return None
    tokens = list(_TOKEN.finditer(text))
    out: list[tuple[int, int]] = []
    joined = False  # the word before was a value's
    for n, m in enumerate(tokens):
        if m.end() <= start or m.start() >= end:
            joined = False
            continue
        if _sentence_word(tokens, n, opens):
            joined = False
            continue
        a, b = max(m.start(), start), min(m.end(), end)
        while a < b and not text[a].isalnum():
            a += 1
        while b > a and not text[b - 1].isalnum():
            b -= 1
        if a == b:
            continue
        if joined:
            out[-1] = (out[-1][0], b)  # the next word of the same value
        else:
            out.append((a, b))
        joined = True
    return out


def value_spans(
    text: str, start: int, end: int, opens: bool, score: float, rule: str
) -> list[Span] | None:
    """:func:`value_words` as spans: a run with a digit or shaped like an address is
    split into its door and street parts (the comma between them masked with them: an
    address's), any other is a name; ``None`` for Chinese text."""
    words = value_words(text, start, end, opens)
    if words is None:
        return None
    out: list[Span] = []
    for a, b in words:
        if not (looks_like_address(text[a:b]) or has_digit(text[a:b])):
            out.append(Span(a, b, Category.NAME, score, rule))
            continue
        out.extend(split_door(text, a, b, score, rule))
    return out


def _sentence_word(tokens: list[re.Match[str]], n: int, opens: bool) -> bool:
    word = tokens[n].group(0).strip(_MARKS)
    if not word or word == "I" or nothing_but_amounts(word) or SIGNED_SUM.fullmatch(word):
        return True
    if _LOWER.fullmatch(word) or word.casefold() in NUMBER_WORDS:
        return True
    before = tokens[n - 1].group(0).rstrip(_CLOSERS)[-1:] in _STOPS if n else opens
    after = tokens[n + 1].group(0).strip(_MARKS) if n + 1 < len(tokens) else ""
    return before and word[:1].isupper() and bool(_LOWER.fullmatch(after))


def _word_width(sheet: Sheet, k: int) -> float:
    """How wide line ``k``'s first word is (a long number wraps whole, leaving the
    line above it short): its characters at the line's pitch, with a space."""
    m = _FIRST_WORD.match(sheet.texts[k].lstrip())
    return (len(m.group(0)) + 1) * sheet.geo[k].pitch if m else 0.0


def a_sentences_line(text: str) -> bool:
    """Words of a sentence: a few lower-case words, a sentence's words wrapped onto the
    line (it opens in lower case), or Chinese characters with a clause mark."""
    t = text.strip()
    if len(_LOWER_WORD.findall(t)) >= _SENTENCE_WORDS or t[:1].islower():
        return True
    return sum(1 for c in t if is_cjk(c)) >= _CJK_SENTENCE and any(c in _CLAUSE for c in t)
