"""A letter's or an e-mail's running text: lines the person-block step leaves whole.

A letter or an e-mail opens its text with a greeting ("Dear <name>,") and ends it with
a closing ("Kind regards,"); a quoted reply opens with its header ("On <date>, <name>
<addr> wrote:"). The lines between are sentences: a phone, a name or an address inside
one is found by its own shape or by how the sentence names it, and the words around it
are no one's, so a personal value on one of those lines makes no block of the lines
around it. Under the closing, the signature's job title and company name stay readable
(the writer's name is ``sign_offs``', a phone or an address there is found by its shape).
"""

from __future__ import annotations

import re

from redactor.core.detect.charclass import has_digit
from redactor.core.detect.layout.message_lines import message_lines
from redactor.core.detect.layout.page import Sheet
from redactor.core.detect.layout.paragraphs import a_sentences_line
from redactor.core.detect.tables.lexicon import JOB_WORD, SALUTATION, table, words_pattern
from redactor.core.detect.tables.patterns import patterns
from redactor.core.detect.text.message_addressees import addressed_only, is_closing, writer_name
from redactor.core.detect.text.names import is_business

_MAIL = table("messages")["mail"]
_RECIPIENTS_ROW = patterns("messages", "shapes")["recipients_row"]
_CALL_REQUEST = re.compile(
    rf"(?i)(?:{words_pattern(table('messages')['call_requests']['words'])})"
    r"\s*(?:(?:on|at)(?![A-Za-z]))?\s*[:：]?\s*(?:\+?\d[\d \-]*)?[.。]?\s*$"
)
_REPLY = re.compile(rf"(?i)(?:{words_pattern(_MAIL['reply_marks'])})\s*$")
_SUBJECT = re.compile(rf"(?i)(?:^|(?<=\s))(?:{words_pattern(_MAIL['subject_marks'])})\s*[:：]\s*\S")
# What a page title prints before the subject: the service's name and a dash or bar.
_TITLE_HEAD = re.compile(r"\s*([^@\d]{2,40}?)\s*[-–—|]\s*")
_DIVIDER = re.compile(rf"(?i)^[\s\-_=*]*(?:{words_pattern(_MAIL['dividers'])})[\s\-_=*]*$")
_WEB = re.compile(r"(?i)(?:\bwww\.|https?://)\S+")
#: Lines a letter's text runs over, at most.
_MAX_BODY = 30
#: The widest gap inside a letter's text, in text heights (a blank line between paragraphs).
_PARAGRAPH_GAP = 3.0
#: How far a line of the text may start from the greeting's left edge, in text heights.
_INDENT = 2.0
#: Characters before a request to call that make it a sentence's end.
_REQUEST_LEAD = 2
#: Lines of a signature under its closing.
_SIGNATURE = 6


def running_text_lines(sheet: Sheet) -> frozenset[int]:
    """Greetings, the text under them and under a quoted reply's header, closings and
    dividers, and a signature's title and company lines (see the module's docstring);
    a text message's or a chat message's lines (``message_lines``), a sentence asking
    to be called ("…打我电话", its number on the next line), a chat's nickname line ("<name>妈妈", found by ``message_addressees``) and a webmail's recipients row
    ("to me, <name>", found by ``text/mailboxes``); a reply's or a forward's subject
    line ("Re: <subject>"), a page title quoting it and the mail service's name that
    title prints before it."""
    out: set[int] = set(message_lines(sheet))
    services = _mail_services(sheet.texts)
    for i, text in enumerate(sheet.texts):
        if text.strip().casefold() in services:
            out.add(i)  # the mail service's name, as its page title prints it
        if addressed_only(text) or _RECIPIENTS_ROW.match(text) or _asks_to_call(text):
            out.add(i)
        elif _SUBJECT.search(text) and "@" not in text:
            out.add(i)  # "Re: <subject>", and a webmail's title quoting it
        elif is_closing(text) or _DIVIDER.match(text):
            out.add(i)
            if is_closing(text):
                out.update(_signature_roles(sheet, i))
        elif SALUTATION.match(text) or _REPLY.search(text):
            out.add(i)
            out.update(_text_under(sheet, i))
    return frozenset(out)


def _mail_services(texts: list[str]) -> set[str]:
    """The names of mail services that a webmail page's title prints before the
    subject it quotes ("<service> - Re: <subject>")."""
    out = set()
    for text in texts:
        m = _SUBJECT.search(text)
        if m is not None and (title := _TITLE_HEAD.fullmatch(text[: m.start()])):
            out.add(title.group(1).strip().casefold())
    return out


def _text_under(sheet: Sheet, i: int) -> list[int]:
    """The lines under line ``i``, from its left edge, down to a closing (with it), a
    reply's header or a wide gap."""
    g = sheet.geo[i]
    below = sorted(
        (k for k, c in enumerate(sheet.geo) if c.y0 + c.y1 > g.y0 + g.y1 + g.h and k != i),
        key=lambda k: sheet.geo[k].y0,
    )
    out: list[int] = []
    prev = g
    for k in below:
        c = sheet.geo[k]
        if abs(c.x0 - g.x0) > _INDENT * g.th:
            continue  # another column: a date at the right, a page's margin
        if c.y0 - prev.y1 > _PARAGRAPH_GAP * g.th or len(out) >= _MAX_BODY:
            break
        text = sheet.texts[k]
        if _REPLY.search(text) or SALUTATION.match(text) or _DIVIDER.match(text):
            break
        if not (is_closing(text) or a_sentences_line(text)):
            break  # a table, a slip, a form under the letter: its text has ended
        out.append(k)
        prev = c
        if is_closing(text):
            break
    return out


def _asks_to_call(text: str) -> bool:
    """A sentence ending by asking to be called (the number's head may follow it),
    words before the request."""
    m = _CALL_REQUEST.search(text)
    return m is not None and len(text[: m.start()].strip()) >= _REQUEST_LEAD


def _signature_roles(sheet: Sheet, i: int) -> list[int]:
    """Under a closing, after the writer's name: the lines naming the writer's job (a
    job word), company (a business's word, or the line right under the job's) and web
    site, with no digit and no e-mail address on them. Before the name, nothing is
    spared (a title signed alone is read as the name: fail closed)."""
    out: list[int] = []
    named = job = False
    for k in sheet.lines_below(i, max_lines=_SIGNATURE, first_gap=3.0):
        text = sheet.texts[k]
        if has_digit(text) or "@" in text or sheet.fields[k]:
            job = False
            continue
        if not named:
            named = writer_name(text) is not None
            continue
        role = JOB_WORD.search(text) is not None
        if role or job or is_business(text) or _WEB.search(text):
            out.append(k)  # a line right under the job's names the company
        job = role
    return out
