"""What a field label's value is: the kinds of value, and one lexicon entry."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from redactor.core.models import CORE_CATEGORIES, Category


class ValueKind(StrEnum):
    """What a label's value is."""

    # Personal: masked whatever the value looks like.
    NAME = "name"
    SIGNATURE = "signature"
    PARTY = "party"  # a person's block: name, phone and address after or under it
    PHONE = "phone"
    EMAIL = "email"
    ADDRESS = "address"
    POSTCODE = "postcode"
    DOOR = "door"
    ID_NUMBER = "id_number"  # also membership, account, policy, patient, student, staff numbers
    BIRTH_DATE = "birth_date"
    TRAIT = "trait"  # sex, age, nationality, ethnicity, occupation...
    CARD_NUMBER = "card_number"
    FREE_TEXT = "free_text"  # memo, remark, purpose: may hold any of the above
    TRACKING = "tracking"  # waybill, order, ticket and booking numbers
    # Not personal: stays readable.
    DATE = "date"
    TIME = "time"
    AMOUNT = "amount"
    QUANTITY = "quantity"
    WEIGHT = "weight"
    MEASURE = "measure"
    PRODUCT = "product"
    STATUS = "status"
    REFERENCE = "reference"
    ORGANIZATION = "organization"  # the business's own name, address, hotline, codes
    PLACE = "place"
    HEADING = "heading"

    @property
    def category(self) -> Category | None:
        """The category a value of this kind is masked as; ``None``: it stays readable."""
        return _CATEGORY.get(self)

    @property
    def personal(self) -> bool:
        """Whether the value is personal data proper (a core category)."""
        return self.category in CORE_CATEGORIES


#: Non-personal kinds whose value is a number with its units: only that run is theirs
#: (a name printed after a date is not the date's).
MEASURED_KINDS = frozenset(
    {
        ValueKind.DATE,
        ValueKind.TIME,
        ValueKind.AMOUNT,
        ValueKind.QUANTITY,
        ValueKind.WEIGHT,
        ValueKind.MEASURE,
    }
)

#: Kinds that name a place or a piece of an address: the street, the postcode, the
#: flat, the town.
PLACE_KINDS = frozenset({ValueKind.ADDRESS, ValueKind.POSTCODE, ValueKind.DOOR, ValueKind.PLACE})

_CATEGORY: dict[ValueKind, Category] = {
    ValueKind.NAME: Category.NAME,
    ValueKind.SIGNATURE: Category.NAME,
    ValueKind.PARTY: Category.NAME,
    ValueKind.PHONE: Category.PHONE,
    ValueKind.EMAIL: Category.EMAIL,
    ValueKind.ADDRESS: Category.ADDRESS,
    ValueKind.POSTCODE: Category.ADDRESS,
    ValueKind.DOOR: Category.DOOR,
    ValueKind.ID_NUMBER: Category.ID_NUMBER,
    ValueKind.BIRTH_DATE: Category.ID_NUMBER,
    ValueKind.TRAIT: Category.ID_NUMBER,
    ValueKind.CARD_NUMBER: Category.CARD_NUMBER,
    # Free text is masked whole, as an address (what the note keywords do today).
    ValueKind.FREE_TEXT: Category.ADDRESS,
    ValueKind.TRACKING: Category.TRACKING,
}


class Lang(StrEnum):
    ZH = "zh"
    EN = "en"
    # The Latin-script languages of parcels, receipts and tickets from Europe
    # (field_labels_latin.toml).
    FR = "fr"
    DE = "de"
    ES = "es"
    IT = "it"
    PT = "pt"
    NL = "nl"
    # Malay and Indonesian, one written language for a form's labels: a domestic
    # helper's contract or an agency's form in Singapore, Malaysia or Indonesia.
    MS = "ms"


@dataclass(frozen=True, slots=True)
class FieldLabel:
    """One entry of the lexicon: label forms that announce the same kind of value."""

    forms: tuple[str, ...]
    kind: ValueKind
    domain: str
    lang: Lang
    strict: bool = False  # only at a line's start, before a colon, its bilingual partner or nothing
    notes: str = ""
