"""Lines a person's block runs over that name no one: the document's own title, a
status or an answer.

A form stacks its title over the person's fields ("Client Record", "Adoption
Agreement", "食品从业人员健康证明"), and a register's or a report's grid prints a
status beside the person ("OK", "Settled", "N/A"). The block would mask them with
the person; a title says what kind of paper this is, a status how things stand.
Only lines with no digit: a number on the line may be anyone's, and the block masks
it (fail closed on values).
"""

from __future__ import annotations

import re

from redactor.core.detect.charclass import has_digit
from redactor.core.detect.tables.lexicon import table
from redactor.core.detect.tables.text_folding import is_cjk

_TABLE = table("blocks")["readable_lines"]
_DOCUMENT_WORDS = frozenset(w.casefold() for w in _TABLE["document_words"])
_CJK_DOCUMENT_WORDS = tuple(_TABLE["cjk_document_words"])
_STATUS = frozenset(w.casefold() for w in _TABLE["status_words"])
# A Latin word, with the apostrophe of an elided article ("d'enregistrement").
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# What may close a title: punctuation, a bracketed aside ("(每桌)", "(OVERSEAS)").
_TAIL = re.compile(r"(?:\s*(?:[(（][^)）]*[)）]|[\W_]))*\Z")


def readable_line(text: str) -> bool:
    """The line is a document's title or a status word or two, and holds no digit."""
    if has_digit(text):
        return False
    return is_status(text) or is_document_title(text)


def is_status(text: str) -> bool:
    """Only a status or an answer ("OK", "Settled", "Up to date", "N/A")."""
    return " ".join(text.strip(" .:：;,").casefold().split()) in _STATUS


def is_document_title(text: str) -> bool:
    """A title naming the kind of paper: in Chinese the kind ends it; in a Latin
    script the kind is its last word (English: "Adoption Agreement"), or its first
    in a line of capitals ("NOTIFICATION OF BIRTH", "FOGLIO VISITA IMMOBILE"), or its
    first before an article or a preposition ("Formulaire d'enregistrement")."""
    body = text[: _TAIL.search(text).start()].strip()  # type: ignore[union-attr]
    if not body:
        return False
    if is_cjk(body[-1]):
        return body.endswith(_CJK_DOCUMENT_WORDS)
    words = _WORD.findall(body)
    if len(words) < 2 or len(" ".join(words)) + 4 < len(body):
        return False  # one word is a label as often as a title; or mostly not words
    if words[-1].casefold() in _DOCUMENT_WORDS:
        return True
    first = words[0].casefold() in _DOCUMENT_WORDS
    return first and (body.isupper() or "'" in words[1] or "’" in words[1])
