"""Values, not labels: the last step over a page's spans, after every recognizer.

Blocks, repeats and shapes mask whole lines; on a form those lines carry labels and
fields that are not personal. Here every span gives back

* the characters of a printed label the field lexicon knows (the label, its colon),
  whatever announced the span: the label stays readable, its value stays masked;
* the sums of money, amounts with their units and times of day standing apart in a
  span, unless a strong rule found it; a relation or a sex a person's block masked;
* a label the lexicon lacks, closed by its colon at the head of a line or, in
  Chinese, after a value on the row (``colon_captions``), when no rule found a value
  in part of it;
* a known label after a word or two qualifying it, alone on its line ("Former
  address", ``qualified_labels``), whole;
* a form's numbered section or field title ("2  Your partner"), whole;
* the value of a field that is not personal (a date, an amount, a product, a status,
  the business's own name...) or of a trait that names no one (sex, nationality,
  age), after its label on the line or in the box beside it on the row, unless the
  span has a strong personal shape of its own: a phone, an e-mail, a card or an ID
  number that validates.

A personal label's value is never given back (fail closed): it is not touched here,
but for a memo's (a free-text field's) words under a person's block: the free-text
step reads those one by one, and the block keeps only the memo's numbers masked.
"""

from __future__ import annotations

from dataclasses import replace

from redactor.core.detect.charclass import MASK_CHARS
from redactor.core.detect.layout.block_lines import BLOCK_RULE
from redactor.core.detect.layout.colon_captions import colon_captions
from redactor.core.detect.layout.device_serials import DEVICE_SERIAL
from redactor.core.detect.layout.home_directories import RULE as HOME_DIRECTORY
from redactor.core.detect.layout.label_beside import (
    label_above,
    label_beside,
    ordinary_parts_under_a_list,
)
from redactor.core.detect.layout.non_personal_values import (
    cell_value,
    ordinary_value,
    stacked_value,
)
from redactor.core.detect.layout.numbers_printed_again import a_personal_number, personal_numbers
from redactor.core.detect.layout.opening_labels import (
    closed_by_space,
    numbered_label_span,
    opens_line,
    value_shaped_as,
)
from redactor.core.detect.layout.page import Sheet, line_above
from redactor.core.detect.layout.qualified_labels import qualified_label_alone
from redactor.core.detect.layout.roster_grids import roster_codes
from redactor.core.detect.layout.row_labels_glued import labels_on_row
from redactor.core.detect.layout.section_titles import numbered_title
from redactor.core.detect.layout.table_columns import (
    announced_cells,
    read_tables,
    readable_cells,
)
from redactor.core.detect.plan import PlanResult
from redactor.core.detect.spans import Span
from redactor.core.detect.tables.field_lexicon import LabelMatch, ValueKind, default_lexicon
from redactor.core.detect.tables.label_finder import item_number_before
from redactor.core.detect.tables.patterns import patterns
from redactor.core.detect.text.names import is_trait_word, looks_like_person_name, relation_runs
from redactor.core.detect.text.not_personal import measure_runs
from redactor.core.detect.text.register_references import RULE as REGISTER_REFERENCE
from redactor.core.models import Category

#: Rules whose match is personal wherever it stands: phone patterns, an ID or card
#: number whose check digit holds, an e-mail address (numbers.RULES and FINDERS), and
#: a personal value printed again (repeats.py).
STRONG_RULES = frozenset(
    {
        DEVICE_SERIAL,
        "cn_mobile",
        "cn_mobile_masked",
        "cn_landline",
        "nanp",
        "in_mobile",
        "uk_mobile",
        "intl_phone",
        "glued_phones",
        "cn_id",
        "cn_id_masked",
        "card",
        "card_masked",
        "card_tail",  # a card's last four after its scheme and a mask mark or "ending in"
        "email",
        "mailbox_name",  # a name written before its e-mail address ("<name> <addr>")
        "page_repeat",  # a personal value found on the page, printed again
        "party_section",  # a generic name field that its party's section says is a name
        "free_text_word",  # a person's word read inside a free-text field
        "birth_hour",  # a time a date of birth beside it says is the birth's
        "verification_code",  # the record a certificate's checking link looks up
        "bracketed_holder",  # a card named by its holder: "学生卡（<name>）"
        REGISTER_REFERENCE,  # where a register keeps one person's entry
    }
)
#: Rules whose match holds its own words: a label word inside it ("Vol.", "No.", "Folio"
#: of a register's reference) is one of the value's coordinates, not a field's label.
OWN_WORDS_RULES = frozenset({REGISTER_REFERENCE})

_NUMBER_RUN = patterns("layout", "label_trim")["number_run"]
_ROW_GAP = 1.5  # in text heights: a word's gap, not a label's
_EDGE = frozenset(" \t:：,，;；、")
_OPEN = ("(", "（")


def keep_labels_readable(page: Sheet, result: PlanResult) -> PlanResult:
    """``result`` with printed labels and non-personal values taken out of every span:
    the text plan's last merge rule, applied to what every step found. A piece of a
    span stays credited to the step that found the span."""
    sheet = replace(page, out={i: list(spans) for i, spans in result.out.items()})
    owner = dict(result.owner)
    personal_digits: frozenset[str] | None = None
    tables = read_tables(sheet)  # read once for both uses below
    cells = readable_cells(sheet, tables)  # a table's headers and non-personal columns
    # A rota's shifts, days and ticks; not a short word a table's header says is personal.
    cells.update(dict.fromkeys(roster_codes(sheet) - announced_cells(tables)))
    for i, spans in sheet.out.items():
        if not spans:
            continue
        text = sheet.texts[i]
        if numbered_title(text):
            # a form's numbered section or field title: printed words, no value
            sheet.out[i] = [s for s in spans if _kept_on_a_title(s)]
            continue
        spans = sheet.out[i] = _without_measures(text, spans, owner)
        if captions := _unclaimed(text, colon_captions(text), spans):
            # a label the lexicon lacks, closed by its colon: the form's, whoever masked it
            spans = sheet.out[i] = _without_captions(text, spans, captions, owner)
        labels = (
            labels_on_row(text)
            or _label_its_value_confirms(text, spans)
            or (() if _under_a_name(sheet, i) else qualified_label_alone(text))
        )
        beside = None if labels else label_beside(sheet, i)
        above = None if labels or beside is not None else label_above(sheet, i)
        listed = (
            ordinary_parts_under_a_list(sheet, i)
            if not labels and beside is None and above is None
            else []
        )
        if i not in cells and (
            (not labels and beside is None and above is None and not listed)
            or _rest_of_a_row(sheet, i)
        ):
            continue
        if personal_digits is None:
            personal_digits = personal_numbers(sheet)
        given_back = [numbered_label_span(m, text) for m in labels]
        given_back += _heads_of_bracketed(text, labels)
        ordinary = [
            r
            for m in labels
            if (r := ordinary_value(text, m.kind, m.value_start, m.value_end)) is not None
        ]
        memos = [
            cut
            for m in labels
            if m.kind is ValueKind.FREE_TEXT
            for cut in _words_of_a_memo(text, m.value_start, m.value_end)
        ]
        if beside is not None:
            # The line is the value of the label in the box before it on the row.
            r = ordinary_value(text, beside.kind, 0, len(text[: sheet.before_label(i)].rstrip()))
            ordinary += [r] if r is not None else []
        if above is not None and (r := stacked_value(text, above.kind)) is not None:
            # The line is the value of the label printed over it.
            ordinary.append(r)
        ordinary += listed  # the parts a list of labels over the line says are no one's
        if i in cells and (r := cell_value(text, cells[i])) is not None:
            ordinary.append(r)
        kept: list[Span] = []
        for s in spans:
            if s.end <= s.start or s.category is Category.CUSTOM:
                # the seed of an unread value's mask, past the line's end; or the
                # user's own words, masked as asked even where they are a label
                kept.append(s)
                continue
            strong = s.rule in STRONG_RULES or a_personal_number(
                text[s.start : s.end], personal_digits
            )
            cuts = given_back if strong else given_back + ordinary
            if s.rule in OWN_WORDS_RULES:
                cuts = []  # its words are its coordinates; what it holds is all value
            if s.rule == BLOCK_RULE:
                cuts = cuts + memos  # a memo is read word by word, not masked whole
            for piece in _without(text, s, cuts):
                owner[id(piece)] = result.owner.get(id(s), "")
                kept.append(piece)
        sheet.out[i] = kept
    return replace(result, out=sheet.out, owner=owner)


def _kept_on_a_title(s: Span) -> bool:
    """What a numbered title keeps: an unread value's seed past its end, the user's
    own words, a strong rule's match (a phone, an e-mail, a value printed again), and
    a directory's key of a home ("1. OG links" reads like a numbered title)."""
    return (
        s.end <= s.start
        or s.category is Category.CUSTOM
        or s.rule in STRONG_RULES
        or s.rule == HOME_DIRECTORY
    )


def _without_measures(text: str, spans: list[Span], owner: dict[int, str]) -> list[Span]:
    """``spans`` less the sums of money, amounts with their units and times of day that
    stand apart in them ("¥2000", "£35,193.95" after a sentence's colon, "20:28"), and
    a person's block's lines that are a relation or a sex alone ("配偶", "F"), and the
    relation beside a name ("<name> (Mum)", "Grandad <name>"): whatever field they
    stand in, they name no one. A strong rule's span and the user's own
    words are kept whole; a value a personal label or column announced is no block's."""
    out: list[Span] = []
    for s in spans:
        if s.end <= s.start or s.category is Category.CUSTOM or s.rule in STRONG_RULES:
            out.append(s)
            continue
        if s.rule == BLOCK_RULE and is_trait_word(text[s.start : s.end]):
            continue  # a relation or a sex a person's block masked with its lines
        cuts = measure_runs(text, s.start, s.end)
        if s.category is Category.NAME:
            cuts += relation_runs(text, s.start, s.end)  # "<name> (Mum)": the name only
        for piece in _without(text, s, cuts):
            owner[id(piece)] = owner.get(id(s), "")
            out.append(piece)
    return out


def _unclaimed(
    text: str, captions: list[tuple[int, int]], spans: list[Span]
) -> list[tuple[int, int]]:
    """The captions no rule found a value in part of: a name a rule found before the
    word that follows it ("<name><term>:", a letter's greeting) makes the line a
    greeting, not a caption. A span over the whole caption, or a person's block
    masking the line, is no such finding (the caption's test judged its words)."""
    out = []
    for a, b in captions:
        letters = [k for k in range(a, b) if text[k].isalpha()]
        if not letters:
            continue
        first, last = letters[0], letters[-1] + 1
        if not any(
            s.rule != BLOCK_RULE
            and s.category is not Category.CUSTOM
            and s.start < last
            and s.end > first
            and not (s.start <= first and s.end >= last)
            for s in spans
        ):
            out.append((a, b))
    return out


def _without_captions(
    text: str, spans: list[Span], captions: list[tuple[int, int]], owner: dict[int, str]
) -> list[Span]:
    """``spans`` less the captions of ``colon_captions`` (an unread value's seed past
    the line's end and the user's own words kept whole)."""
    out: list[Span] = []
    for s in spans:
        if s.end <= s.start or s.category is Category.CUSTOM:
            out.append(s)
            continue
        for piece in _without(text, s, captions):
            owner[id(piece)] = owner.get(id(s), "")
            out.append(piece)
    return out


def _words_of_a_memo(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The memo ``text[start:end]`` less its runs with a digit (a door, a phone): a
    block over the memo gives back its words, which the free-text step reads one by
    one, and keeps its numbers masked (fail closed)."""
    out, p = [], start
    for run in _NUMBER_RUN.finditer(text, start, end):
        out.append((p, run.start()))
        p = run.end()
    out.append((p, end))
    return [(a, b) for a, b in out if b > a]


def _label_its_value_confirms(text: str, spans: list[Span]) -> tuple[LabelMatch, ...]:
    """A word of the lexicon opening the line (or its question number) with no colon
    ("Email <address>", "2.2 Surname <name>"), when the rest of the line is one value
    of the kind the word announces, found by a strong rule or shaped as that kind
    (``opening_labels``): the value's own shape says the word is its label."""
    found = default_lexicon().find(text)
    if not found or not opens_line(text, found[0]):
        return ()
    m = found[0]
    end = len(text.rstrip())
    if m.kind.category is None or m.value_start >= end:
        return ()
    if not closed_by_space(text[m.end : m.value_start]):
        return ()  # glued on: a word of the value ("email.me@..."), no label
    confirmed = not found[1:] and any(
        s.rule in STRONG_RULES
        and s.category is m.kind.category
        and s.start == m.value_start
        and s.end >= end
        for s in spans
    )
    if confirmed or value_shaped_as(m.kind.category, text[m.value_start : end], found[1:]):
        return (m,)
    return ()


def _heads_of_bracketed(text: str, labels: tuple[LabelMatch, ...]) -> list[tuple[int, int]]:
    """A label the lexicon knows right before a printed label in brackets, both one
    label ("<party>(<role>):", "<role>(<party>):"): the head and its bracket."""
    out = []
    for m in labels:
        before = text[: m.start]
        if not before.endswith(_OPEN):
            continue
        head = [h for h in default_lexicon().find(before[:-1]) if h.end == len(before) - 1]
        if head and (head[-1].start == 0 or item_number_before(text, head[-1].start)):
            out.append((head[-1].start, m.start))
    return out


def _rest_of_a_row(sheet: Sheet, i: int) -> bool:
    """Line ``i`` is one Latin word boxed apart from the masked line it ends, close on
    its row (an organisation's name cut in two by the OCR): a word of that line, no
    label. (A Chinese label boxed beside a value is a form's grid.)"""
    text = sheet.texts[i].strip()
    if " " in text or not text.isascii():
        return False
    j = sheet.value_beside(i, left=True, reach=_ROW_GAP)
    return j is not None and bool(sheet.out[j])


def _without(text: str, s: Span, cuts: list[tuple[int, int]]) -> list[Span]:
    """``s`` less the characters in ``cuts``; pieces of only spaces and marks are dropped."""
    pieces = [(s.start, s.end)]
    for a, b in cuts:
        nxt = []
        for p, q in pieces:
            if b <= p or a >= q:
                nxt.append((p, q))
                continue
            if p < a:
                nxt.append((p, a))
            if b < q:
                nxt.append((b, q))
        pieces = nxt
    if pieces == [(s.start, s.end)]:
        return [s]
    out = []
    for p, q in pieces:
        while p < q and text[p] in _EDGE:
            p += 1
        while q > p and text[q - 1] in _EDGE:
            q -= 1
        if any(c.isalnum() or c in MASK_CHARS for c in text[p:q]):
            # A piece cut off the front no longer meets the box it was joined to.
            out.append(replace(s, start=p, end=q, joins=s.joins if p == s.start else None))
    return out


def _under_a_name(sheet: Sheet, i: int) -> bool:
    """Line ``i`` stands right under a person's name alone: a line of their address (a
    mail room, a "Harbour Post Office"), not a label qualified by a word."""
    k = line_above(i, sheet.geo)
    return k is not None and looks_like_person_name(sheet.texts[k])
