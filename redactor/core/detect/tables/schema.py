"""What each table file under ``tables/`` may hold: its sections, their keys, and
whether a key is a list of words, a string of characters or a regular expression.

A table is checked when it is loaded: an unknown section or key, a value of the
wrong type, or a pattern that does not compile stops the program with a message
that names the file and the key (``TableError``), instead of a rule silently
finding nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class Kind(StrEnum):
    WORDS = "list of strings"
    PATTERNS = "list of regular expressions"
    CHARACTERS = "string"
    PATTERN = "regular expression"
    # A regular expression that may name pieces as ``${name}`` (tables/patterns.py).
    SHAPE = "regular expression (with ${name} references)"


#: ``${name}`` inside a SHAPE: another entry or a piece the code supplies.
REFERENCE = re.compile(r"\$\{([a-z][a-z0-9_]*)\}")


class TableError(ValueError):
    """A table file does not match its schema."""


@dataclass(frozen=True, slots=True)
class Key:
    name: str
    kind: Kind = Kind.WORDS


@dataclass(frozen=True, slots=True)
class Section:
    name: str
    keys: tuple[Key, ...]
    # A section of named entries (patterns named after what they find): any key
    # is allowed, every value is of this kind.
    any_key: Kind | None = None


@dataclass(frozen=True, slots=True)
class Schema:
    file: str
    sections: tuple[Section, ...]

    def check(self, data: dict[str, Any]) -> dict[str, Any]:
        """``data`` (a parsed table) if it matches this schema; else TableError."""
        sections = {s.name: s for s in self.sections}
        for name, body in data.items():
            section = sections.get(name)
            if section is None:
                raise TableError(f"{self.file}: unknown section [{name}]")
            if not isinstance(body, dict):
                raise TableError(f"{self.file}: [{name}] must be a section")
            keys = {k.name: k.kind for k in section.keys}
            for key, value in body.items():
                kind = keys.get(key, section.any_key)
                if kind is None:
                    raise TableError(f"{self.file}: unknown key [{name}] {key}")
                _check_value(f"{self.file}: [{name}] {key}", kind, value)
        return data


def _check_value(where: str, kind: Kind, value: object) -> None:
    many = kind in (Kind.WORDS, Kind.PATTERNS)
    items: list[object] = value if many and isinstance(value, list) else [value]
    if (many and not isinstance(value, list)) or not all(isinstance(v, str) and v for v in items):
        raise TableError(f"{where} must be a {kind.value} (non-empty)")
    if kind in (Kind.PATTERNS, Kind.PATTERN, Kind.SHAPE):
        for v in items:
            try:
                # A reference stands for some pattern: checked whole once expanded.
                re.compile(REFERENCE.sub("(?:)", str(v)) if kind is Kind.SHAPE else str(v))
            except re.error as e:
                raise TableError(f"{where}: {v!r} is no regular expression ({e})") from None


def _section(name: str, *keys: str | Key) -> Section:
    return Section(name, tuple(k if isinstance(k, Key) else Key(k) for k in keys))


def _shapes(name: str) -> Section:
    """A section of named patterns (``tables/patterns.py`` expands and compiles them)."""
    return Section(name, (), any_key=Kind.SHAPE)


_CATEGORIES = ("name", "address", "postcode", "phone", "id_number", "card_number", "tracking")

SCHEMAS: dict[str, Schema] = {
    "transfers": Schema(
        "transfers.toml",
        (
            _section("cues", "latin", "chinese", "merchant"),
            _section("stops", "latin"),
        ),
    ),
    "keywords": Schema(
        "keywords.toml",
        (
            _section("keywords", *_CATEGORIES),
            _section("forms", Key("name", Kind.PATTERNS)),
            _section("salutations", "words"),
            _section("business_prefixes", "words"),
            _section("strong_english", *_CATEGORIES),
            _section("signature_instructions", "phrases"),
            _section("initials_instructions", "phrases"),
            _section("device_serials", "serial_labels", "device_ids", "device_models"),
            _section("persons_documents", "words"),
        ),
    ),
    "names": Schema(
        "names.toml",
        (
            _section("waybill", Key("marks", Kind.CHARACTERS), Key("mark_suffix", Kind.PATTERN)),
            _section("surnames", Key("single", Kind.CHARACTERS), "compound"),
            _shapes("married_names"),
            _section(
                "pedigrees",
                "titles",
                "chinese_spouse_marks",
                "latin_spouse_marks",
                "birth_marks",
                Key("cn_clan_mark", Kind.CHARACTERS),
            ),
            _section("honorifics", "chinese", "english", "latin", "also_verbs", "written_out"),
            _section("kinship", "words", "familiar", "sexes"),
            _section("business", "english", "chinese", "latin", "trades", "trades_chinese"),
            _section("label_nouns", Key("endings", Kind.CHARACTERS), "name_heads"),
            _section(
                "roles",
                Key("suffixes", Kind.CHARACTERS),
                "duties",
                "staff",
                "callers",
                "call_modes",
                "call_verbs",
            ),
            _section(
                "free_text",
                Key("cues", Kind.CHARACTERS),
                Key("given", Kind.CHARACTERS),
                Key("place_cues", Kind.CHARACTERS),
                "english_cues",
                "english_person_cues",
            ),
            _section("given_names", "latin", "cues", "cn_titles"),
            _section(
                "invitations",
                "replies",
                "reply_links",
                "occasions",
                "occasions_of",
                "hosts_before",
                "not_people",
            ),
            _section(
                "prose",
                "introducers",
                "contacts",
                "contact_no_one",
                "workplace",
                "links",
                "declarants",
                "declarant_articles",
                "declarant_of",
                "wishes",
                "cn_wish_openers",
                "cn_wish_no_one",
                "cn_agent_markers",
                "cn_agent_acts",
                "cn_partner_markers",
                "cn_partner_acts",
                "cn_sanction_markers",
                "cn_sanction_acts",
                "cn_place_markers",
                "cn_place_acts",
                "cn_party_words",
                "cn_party_acts",
                "cn_giver_acts",
                "cn_giver_no_one",
                "cn_feed_acts",
                "cn_wishes",
                "number_qualifiers",
                Key("number", Kind.PATTERN),
            ),
            _section(
                "relations",
                "chinese",
                "contacts",
                "of_party",
                "raisers",
                "beneficiaries",
                "english",
            ),
            _section("ages", "chinese", "latin"),
            _section("memorials", "headings", "born", "born_at", "born_after"),
            _section(
                "kin",
                "chinese",
                "chinese_closings",
                "chinese_clause_words",
                "chinese_roles",
                "chinese_workplace_roles",
                "chinese_posts",
                Key("chinese_joiners", Kind.CHARACTERS),
                "latin",
                "possessives",
                "endearments",
                "of_words",
                "and_words",
                "family_before",
                "family_after",
                "with_words",
                "kin_titles",
                "name_marks",
                "role_articles",
                "latin_roles",
            ),
            _shapes("shapes"),
        ),
    ),
    "addresses": Schema(
        "addresses.toml",
        (
            _section(
                "cn",
                "markers",
                "strong",
                "provinces",
                "municipalities",
                "locatives",
                "autonomous_regions",
                "institutions",
            ),
            _section("en", "street_suffixes", "us_states", "ca_provinces", "in_states"),
            _section(
                "eu",
                "street_words",
                "street_prefixes",
                "street_suffixes",
                "door_words",
                "floor_words",
                "floor_initials",
                "side_words",
            ),
            _section("residence", "phrases", "chinese"),
            _section(
                "formats",
                *(Key(k, Kind.PATTERN) for k in ("uk_postcode", "ca_postcode", "in_pin", "us_zip")),
            ),
            _shapes("shapes"),
            _shapes("postal_lines"),
        ),
    ),
    "numbers": Schema(
        "numbers.toml",
        tuple(
            _shapes(s)
            for s in (
                "shared",
                "phones",
                "id_numbers",
                "cards",
                "emails",
                "waybills",
                "dates",
                "register_references",
                "call_signs",
            )
        ),
    ),
    "layout": Schema(
        "layout.toml",
        tuple(
            _shapes(s)
            for s in (
                "labels",
                "item_numbers",
                "label_lists",
                "label_qualifiers",
                "labelled_values",
                "block_lines",
                "number_holders",
                "numbers_across_boxes",
                "person_blocks",
                "section_titles",
                "repeats",
                "staff_lines",
                "unread_ink",
                "label_trim",
                "opening_labels",
                "persons_numbers",
                "label_peers",
                "boxed_entries",
                "called_names",
                "table_columns",
                "roster_grids",
                "people_lists",
                "life_spans",
                "option_lists",
                "birth_hours",
                "initialled_statements",
                "short_label_values",
                "home_directories",
            )
        )
        + (_section("ocr_misreads", "pairs"),),
    ),
    "messages": Schema(
        "messages.toml",
        (
            _section(
                "addressing",
                "after_name",
                "greetings",
                "possessions",
                "recipient_marks",
                "sign_offs",
                "closings",
                "closings_alone",
                "closings_from",
                "relations",
                "kin_titles",
            ),
            _section("roles", "words"),
            _section("group_events", "words"),
            _section(
                "wrapped_phones",
                "regions",
                "cues",
                "objects",
                "links",
                "abbreviations",
                "callee_words",
                "number_nouns",
            ),
            _section("placing", "verbs"),
            _section("mail", "reply_marks", "dividers", "subject_marks", "job_words"),
            _section("contact_cards", "account_labels"),
            _section("familiar_names", "prefixes", "before", "after", "not_names"),
            _section("surname_forms", "elder_prefixes", "not_names"),
            _section("nicknames", "short_relations", "not_children", "not_child_endings"),
            _section("call_requests", "words"),
            _shapes("shapes"),
        ),
    ),
    "languages": Schema(
        "languages.toml",
        tuple(
            _section(lang, "regions", "words")
            for lang in ("en", "fr", "de", "es", "it", "pt", "nl")
        ),
    ),
    "blocks": Schema(
        "blocks.toml",
        (
            _section("personal_marks", "marks"),
            _section("party_sections", "name_labels"),
            _section("party_columns", "headings", Key("ordinal", Kind.PATTERN)),
            _section(
                "business_parties",
                "roles",
                "cn_endings",
                Key("qualifiers", Kind.PATTERN),
                Key("legal_forms", Kind.PATTERN),
                Key("field_number", Kind.PATTERN),
                Key("article", Kind.PATTERN),
            ),
            _section("people_lists", "headings", "gift_headings", "households"),
            _section("occasions", "hosts_before"),
            _section("non_personal_labels", "labels"),
            _section("quantities", "units", "counts", "durations", "readings", "number_words"),
            _section("dates", "months", "days", "ongoing"),
            _section("receipt", "totals"),
            _section("label_lines", "particles", "cn_role_ends"),
            _section("sentence_words", "de", "en", "es", "fr", "it", "nl", "pt"),
            _shapes("label_line_shapes"),
            _section("boilerplate", "words", "phrases", "tick_boxes"),
            _section("readable_lines", "document_words", "cjk_document_words", "status_words"),
            _shapes("shapes"),
        ),
    ),
}
