"""What a personal block masks of one of its lines: the parts of the line's value no
rule covered yet, unless they are known not to be personal (field labels, printed
boilerplate, money and dates, a second field of its own on the row, the business's
own name)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from redactor.core.detect.charclass import has_digit
from redactor.core.detect.layout.labels import (
    ANY_LABEL,
    has_business_label,
    is_heading,
    names_the_business,
)
from redactor.core.detect.layout.numbered_labels import is_numbered_question
from redactor.core.detect.layout.page import Sheet
from redactor.core.detect.layout.paragraphs import value_spans
from redactor.core.detect.layout.printed_labels import only_labels
from redactor.core.detect.layout.readable_lines import readable_line
from redactor.core.detect.spans import Span
from redactor.core.detect.tables.lexicon import (
    NON_PERSONAL_LABELS,
    PERSONAL_MARKS,
    boilerplate,
    table,
    words_pattern,
)
from redactor.core.detect.tables.patterns import patterns
from redactor.core.detect.tables.text_folding import fold, is_cjk
from redactor.core.detect.text.addresses import looks_like_address, split_door
from redactor.core.detect.text.names import (
    LATIN_GIVEN_NAMES,
    is_business,
    is_relation,
    no_chinese_name,
)
from redactor.core.detect.text.not_personal import (
    CLOCK,
    DATE_TIME,
    DURATION,
    MONTH_YEAR,
    QUANTITY,
    nothing_but_amounts,
    only_measures,
    without_amounts,
)
from redactor.core.detect.text.prose import is_prompt, is_prose, runs_on
from redactor.core.detect.text.sentence_words import holds_sentence_stop, reads_as_sentence
from redactor.core.detect.text.transfer_parties import cue_end
from redactor.core.models import Category

_SHAPES = patterns("layout", "block_lines")

BLOCK_RULE = "block_line"
# What is left of a slash-separated code line once the number in it is masked
# (a sort code and "1 of 1" before it, a route code after): short tokens between
# slashes, with a digit among them
# (a name in pinyin is printed with slashes too: "PAN/XIN").
_CODE_RUN = _SHAPES["code_run"]
# What OCR makes of a speck or a stroke: one Latin letter or digit and punctuation.
_SPECK = re.compile(r"[\W_]*[A-Za-z0-9]?[\W_]*")
# What ends a label: no value ends in a colon.
_LABEL_COLONS = frozenset(":：")
_WHOLE_WORD = 4  # letters of a word, not a scrap of a garbled reading
_PLAIN_WORDS = re.compile(r"[\s(\[,;]*[^\W\d_]+(?:\s+[^\W\d_]+)*[\s)\],;.:!]*")
# A longer piece before a colon may hold a name run into a label ("<name> <surname> Tel:").
_LABEL_WORDS = 2
# What may stand around a word of a lead-in ("/", quotes, brackets).
_WORD_PUNCT = "\"'()[]/,;.-"


def _lead_in(run: str) -> bool:
    """Words that announce what follows their colon ("<VERB> the renewal of:"): after
    the first word nothing but small letters, no digit (a capital past the first word
    may open a name run into the label, "<role> <Name> <Surname>:")."""
    words = run[:-1].split()
    rest = [w.strip(_WORD_PUNCT) for w in words[1:]]
    return (
        not has_digit(run)
        and len([w for w in rest if w]) >= _LABEL_WORDS
        and all(w.islower() or not any(c.isalpha() for c in w) for w in rest)
    )


def line_spans(
    sheet: Sheet,
    k: int,
    organisation_ok: bool = False,
    running: frozenset[int] = frozenset(),
    paragraph: dict[int, bool] | None = None,
) -> list[Span]:
    """What the block masks of line ``k``: the parts of its value no rule covered yet,
    unless the line is known not to be personal (``organisation_ok``: a business name
    is no such proof; ``running``: lines of a letter's running text, whose values are
    found one by one, ``layout/running_text``; ``paragraph``: lines of a paragraph,
    of which only the words that are no sentence's, ``layout/paragraphs``)."""
    if k in running:
        return []
    if paragraph and k in paragraph:
        return _words_of_values(sheet, k, paragraph[k])
    text = sheet.texts[k]
    if is_heading(text, sheet.fields[k]) or PERSONAL_MARKS.fullmatch(text.strip()):
        return []  # the label itself
    if not sheet.fields[k] and (ANY_LABEL.match(text) or is_prompt(text)):
        return []  # a field of its own ("Weight:", "托寄物:"): its label decides, not the block
    if not sheet.fields[k] and only_labels(text.strip()):
        return []  # the lexicon's labels alone, no colon ("Home address"): its value is elsewhere
    if readable_line(text):
        return []  # the document's title, a status: no one's
    start = sheet.fields[k][0].value_start if sheet.fields[k] else 0
    if sheet.fields[k] and sheet.fields[k][0].key_start > 2:
        start = 0  # text before the label is a value too
    value = text[start:]
    if not value.strip() or not _maybe_personal(text, value, organisation_ok):
        return []
    out: list[Span] = []
    labels = [Span(f.key_start, f.value_start, f.category, 0.0, "label") for f in sheet.fields[k]]
    for a, b in _pieces(text, _uncovered_runs(text, [*sheet.out[k], *labels], start)):
        if (cue := cue_end(text, a)) is not None:
            # "今收到", "Received from": the words that announce the payer, not the payer
            a = min(b, cue)
            while a < b and text[a].isspace():
                a += 1
            if a == b:
                continue
        if is_numbered_question(text, a, b, [s.start for s in labels]):
            continue  # a form's numbered question: "<number>. <caption>:"
        run = text[a:b]
        if run[-1] in "(（":
            continue  # a label's head, its bracketed rest a label ("<role>(签名):")
        if run[-1] in _LABEL_COLONS and (len(run.split()) <= _LABEL_WORDS or _lead_in(run)):
            continue  # a label whose value is printed after it, in a cell or line of its own
        if PERSONAL_MARKS.fullmatch(run) or _CODE_RUN.fullmatch(run) or _SPECK.fullmatch(run):
            continue
        if boilerplate(run):
            continue  # printed words left beside a masked value ("复制" after a number)
        if _an_ordinary_value(run):
            continue  # a length of time, a measure, a recent date beside a label
        if is_relation(run):
            continue  # "(<daughter>)" after a contact's name: how, not who
        if (cut := _dated_field(run)) is not None:
            # a second field on the row: "日期：<date>" after a card number
            b = a + len(run[:cut].rstrip())
            run = text[a:b]
            if not run:
                continue
        if names_the_business(run):
            continue  # "客服" before a number: the shop's side, not a person
        if looks_like_address(run) or re.search(r"\d", run):
            a, b = _value_of(text, a, b)
            out.extend(split_door(text, a, b, 0.6, BLOCK_RULE))
        elif not (no_chinese_name(run) or _small_letters_only(run) or holds_sentence_stop(run)):
            # (a sentence's words with its stops, "<noun>. <Adjective> <noun>.", "…!": no name)
            out.append(Span(a, b, Category.NAME, 0.6, BLOCK_RULE))
    return out


def _small_letters_only(run: str) -> bool:
    """Words written in small letters only ("or email", "weekends only"): the notice's
    running words that wrap into a block, no name; a name is written with capitals.
    Scraps of a few letters ("rw d") may be a garbled name: a whole word is needed; a
    known given name among them keeps the run a name."""
    if not _PLAIN_WORDS.fullmatch(run):
        return False  # an address's or a handle's marks ("@", "a.b"): no running words
    words = re.findall(r"[^\W\d_]+", run)
    if any(fold(w) in LATIN_GIVEN_NAMES for w in words):
        return False  # a given name written small ("jana novak"): still a name
    cased = [ch for ch in run if ch.isalpha() and (ch.islower() or ch.isupper())]
    whole_word = any(len(w) >= _WHOLE_WORD for w in words)
    return whole_word and len(cased) == sum(ch.isalpha() for ch in run) and run == run.lower()


#: What parts the fields of a Chinese line that runs several together ("<name>,女,
#: <date>出生,身份证号:<id>,住<address>").
_CN_PARTS = re.compile(r"[,，、;；]")
_CN_LABEL_END = re.compile(r"[:：]")
#: A label printed inside such a line: a few characters, no digit, then its colon.
_CN_LABEL_MAX = 8
_ADDRESSES = table("addresses")
#: What a line says right before the address it gives ("住<address>", "家住<address>").
_LOCATIVE = re.compile(
    rf"(?:{words_pattern([*_ADDRESSES['cn']['locatives'], *_ADDRESSES['residence']['chinese']])})"
    r"[:：]?"
)


def _pieces(text: str, runs: Iterator[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Each run, or for a run of Chinese text, each of its fields: the text between its
    commas, without a short label that ends in a colon (the gender, the word after a
    date and the labels between the values stay readable, judged one by one)."""
    for a, b in runs:
        if not any(is_cjk(c) for c in text[a:b]):
            yield a, b
            continue
        p = a
        for cut in [*(m.start() for m in _CN_PARTS.finditer(text, a, b)), b]:
            q = p
            for colon in _CN_LABEL_END.finditer(text, p, cut):
                head = text[q : colon.start()]
                if len(head.strip()) <= _CN_LABEL_MAX and not has_digit(head):
                    q = colon.end()  # the label before a value
            while q < cut and text[q].isspace():
                q += 1
            end = cut
            while end > q and text[end - 1].isspace():
                end -= 1
            if end > q:
                yield q, end
            p = cut + 1


#: What parts the fields of a line that strings several together ("<name>,女,<date>").
_FIELD_COMMA = re.compile(r"[,，、]")


def before_next_field(text: str, start: int, end: int) -> int:
    """Where a name's value ends when a comma parts it from a printed word (a gender,
    "出生"): the fields after it are judged on their own, not masked as the name."""
    for m in _FIELD_COMMA.finditer(text, start, end):
        nxt = _FIELD_COMMA.search(text, m.end(), end)
        piece = text[m.end() : nxt.start() if nxt else end].strip()
        if piece and boilerplate(piece):
            return m.start()
    return end


def _value_of(text: str, a: int, b: int) -> tuple[int, int]:
    """Of a Chinese field with a digit, the value: a date without the word after it
    ("<date>出生"), an address without the word that says it is one ("住<address>")."""
    run = text[a:b]
    if not any(is_cjk(c) for c in run):
        return a, b
    date = DATE_TIME.match(run)
    if date is not None and not has_digit(run[date.end() :]):
        return a, a + date.end()
    lead = _LOCATIVE.match(run)
    if lead is not None and looks_like_address(run[lead.end() :]):
        return a + lead.end(), b
    return a, b


def _words_of_values(sheet: Sheet, k: int, opens: bool) -> list[Span]:
    """Of a paragraph's line, the runs no rule covered that are no sentence's words (a
    Chinese line's values are left to the steps that find them one by one)."""
    text = sheet.texts[k]
    out: list[Span] = []
    for a, b in _uncovered_runs(text, sheet.out[k], 0):
        out.extend(value_spans(text, a, b, opens, 0.6, BLOCK_RULE) or ())
    return out


def _uncovered_runs(text: str, spans: list[Span], start: int) -> Iterator[tuple[int, int]]:
    """Runs of ``text[start:]`` no span covers, without spaces at their ends."""
    covered = [False] * len(text)
    for s in spans:
        covered[s.start : s.end] = [True] * (s.end - s.start)
    k = start
    while k < len(text):
        if covered[k] or text[k].isspace():
            k += 1
            continue
        end = k
        while end < len(text) and not covered[end]:
            end += 1
        run_end = end
        while run_end > k and text[run_end - 1].isspace():
            run_end -= 1
        yield k, run_end
        k = end


def _dated_field(run: str) -> int | None:
    """Where a non-personal label with nothing but amounts or dates after it starts
    ``run``'s end: at its start or after a digit, space or sign (after a letter or a
    Chinese character it is the end of another word: 出生日期 is no 日期)."""
    for pos in range(len(run)):
        if pos and (run[pos - 1].isalpha()):
            continue
        m = NON_PERSONAL_LABELS.match(run, pos)
        if m is not None and m.end() > pos and nothing_but_amounts(run[m.end() :]):
            return pos
    return None


#: A date's year (tables/layout.toml: which years count moves with the calendar).
_YEAR = _SHAPES["date_year"]
#: A date alone in a person's block whose year lies at least this many years back may
#: be the person's birthday; later dates (a validity, an appointment, the day of the
#: form) are dates and stay readable.
_BIRTHDAY_YEARS_BACK = 14


def _a_birthday_perhaps(value: str) -> bool:
    """A date alone whose year lies far enough back to be someone's birth (fail closed:
    in a person's block an unlabelled 14.02.1961 may be their date of birth)."""
    v = value.strip()
    if DATE_TIME.fullmatch(v) is None:
        return False
    years = [int(y) for y in _YEAR.findall(v)]
    return len(years) == 1 and years[0] <= date.today().year - _BIRTHDAY_YEARS_BACK


def _recent(value: str) -> bool:
    """Every year ``value`` names lies too near to be a birth year (no year: a day of
    the month, a time of day)."""
    limit = date.today().year - _BIRTHDAY_YEARS_BACK
    return all(int(y) > limit for y in _YEAR.findall(value))


def _an_ordinary_value(value: str) -> bool:
    """A value whose own shape says it is no one's, whatever block it stands in: a
    length of time ("5 yrs 4 mths", "30年3个月"), a measure with its unit ("2250 m³",
    "18:55"), or a date or a month whose year is recent (a start, a reading, the day of
    the form). Fail closed: an old year may be a birth, a bare number a door or an ID."""
    v = value.strip()
    if not has_digit(v) or _a_birthday_perhaps(v):
        return False
    if DURATION.fullmatch(v) or only_measures(v):
        return True
    if MONTH_YEAR.fullmatch(v):
        return _recent(v)
    dated = DATE_TIME.search(v) is not None or CLOCK.search(v) is not None
    return dated and _YEAR.search(v) is not None and nothing_but_amounts(v) and _recent(v)


def _maybe_personal(text: str, value: str, organisation_ok: bool = False) -> bool:
    """False for lines positively known not to be personal."""
    if _a_birthday_perhaps(value):
        return True
    if _an_ordinary_value(value):
        return False
    if NON_PERSONAL_LABELS.match(text) or has_business_label(text):
        return False
    if is_business(value) and not organisation_ok:
        return False
    if QUANTITY.search(value):
        return False  # goods and their doses
    if is_prose(value) or runs_on(value) or reads_as_sentence(value):
        return False  # the form's own sentences: an instruction, a condition, a notice
    return not (nothing_but_amounts(value) or boilerplate(without_amounts(value)))
