"""Values by their own shape, one line at a time (text/)."""

from __future__ import annotations

from redactor.core.detect.plan import Recognizer, Scope
from redactor.core.detect.plan_steps.makers import (
    ADDRESS,
    NAME,
    finder,
    line_rule,
)
from redactor.core.detect.text import numbers
from redactor.core.detect.text.bracketed_holders import bracketed_holders
from redactor.core.detect.text.call_signs import call_signs
from redactor.core.detect.text.cards import CARD_TAIL, card_tails
from redactor.core.detect.text.cn_agent_names import cn_agent_names
from redactor.core.detect.text.cn_unit_numbers import cn_hash_units
from redactor.core.detect.text.cued_phones import called_names, cued_phones
from redactor.core.detect.text.floor_side_doors import floor_side_doors
from redactor.core.detect.text.mailboxes import mailbox_names
from redactor.core.detect.text.names import card_holder_names, passenger_names, titled_names
from redactor.core.detect.text.register_references import register_references
from redactor.core.detect.text.street_doors import street_doors
from redactor.core.detect.text.verification_codes import verification_codes
from redactor.core.models import Category

VALUE_STEPS: tuple[Recognizer, ...] = (
    *(line_rule(rule) for rule in numbers.RULES),
    finder("intl_phone", Category.PHONE),
    finder("phone_tail", Category.PHONE),
    finder("lone_tracking", Category.TRACKING),
    finder("glued_phones", Category.PHONE),
    finder("micr_account", Category.ID_NUMBER),
    finder("iban_after_word", Category.ID_NUMBER),
    # "call me on <digits>": the number a sentence asks to call, whatever its shape
    # (on the text as read: a word after the number read as digits would join it)
    Recognizer(
        "cued_phone",
        frozenset({Category.PHONE}),
        Scope.LINE,
        line=cued_phones,
        digit_view=False,
        data="messages.toml",
    ),
    # "please call <name> on <digits>": the person a sentence asks to contact
    Recognizer("called_name", NAME, Scope.LINE, line=called_names, data="messages.toml"),
    # "Visa Debit •• 1234", 储蓄卡(1234): a card's last digits after its scheme or kind
    Recognizer(
        CARD_TAIL,
        frozenset({Category.CARD_NUMBER}),
        Scope.LINE,
        line=card_tails,
        digit_view=False,
        data="numbers.toml",
    ),
    # SURNAME/GIVEN/ as a card's embossed name is printed on a slip
    Recognizer("card_name", NAME, Scope.LINE, line=card_holder_names),
    # "快件已由<name>派送": a courier or a signer named in an event line, before the blocks
    # so a shop's header holding the event keeps the phone after the name masked
    Recognizer("cn_agent_name", NAME, Scope.LINE, line=cn_agent_names, data="names.toml"),
    # "PAX LI, HE": a bag tag's or a boarding pass's passenger after the airlines' word
    Recognizer("passenger_name", NAME, Scope.LINE, line=passenger_names, data="names.toml"),
    # "MR J SMITH": a title opening a line, then the name
    Recognizer("titled_name", NAME, Scope.LINE, line=titled_names, data="names.toml"),
    # "学生卡（<name>）": a card or a certificate named by its holder in brackets
    Recognizer("bracketed_holder", NAME, Scope.LINE, line=bracketed_holders, data="layout.toml"),
    # "<street> <n>, Whg. <n>", "<n> rue <name>, appt <n>": a home's street with its door
    Recognizer(
        "street_door",
        ADDRESS,
        Scope.LINE,
        line=street_doors,
        digit_view=False,
        data="addresses.toml",
    ),
    # "1. OG links", "2º izda.": a flat as its floor and its side of the landing
    Recognizer(
        "floor_side_door",
        frozenset({Category.DOOR}),
        Scope.LINE,
        line=floor_side_doors,
        digit_view=False,
        data="addresses.toml",
    ),
    # 3#1502: a Chinese flat as its building and room with a hash
    Recognizer(
        "cn_hash_unit",
        frozenset({Category.DOOR}),
        Scope.LINE,
        line=cn_hash_units,
        digit_view=False,
        data="addresses.toml",
    ),
    # "<name> <addr@host>": an e-mail address's owner, named before it
    Recognizer("mailbox_name", NAME, Scope.LINE, line=mailbox_names, data="messages.toml"),
    # "Vol. 2, p. 58, No. 290", 第5册第90页第364号: where a register keeps one entry
    Recognizer(
        "register_reference",
        frozenset({Category.ID_NUMBER}),
        Scope.LINE,
        line=register_references,
        digit_view=False,
        data="numbers.toml",
    ),
    # BG4ABC, DL3ABC: a radio amateur's call sign, alone in its box or after its word
    Recognizer(
        "call_sign",
        frozenset({Category.ID_NUMBER}),
        Scope.LINE,
        line=call_signs,
        digit_view=False,
        data="numbers.toml",
    ),
    # ".../verif/<code>": the holder's record a certificate's link looks up
    Recognizer(
        "verification_code",
        frozenset({Category.ID_NUMBER}),
        Scope.LINE,
        line=verification_codes,
        data="numbers.toml",
    ),
)
