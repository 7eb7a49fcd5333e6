"""People who come by car, as forms that ask for the vehicle write them down (a scrap
yard's seller, a campsite's lead guest): name, home address, phone and registration
plate in the shapes of the United Kingdom, Germany, France and the Netherlands."""

from __future__ import annotations

import random

from .fakedata_households import HouseholdFaker
from .kit import S
from .render import Span

NL_FIRST = ("Jeroen", "Anouk", "Sander", "Marieke", "Bram", "Femke", "Ruud", "Ilse")
NL_LAST = ("de Vries", "van den Berg", "Jansen", "Bakker", "van Dijk", "Visser", "Smit")
NL_STREETS = ("Dorpsstraat", "Kerkweg", "Molenlaan", "Stationsstraat", "Julianastraat")
NL_TOWNS = ("Zevenhuizen", "Oosterwolde", "Nieuwkerk", "Dalfsen")


def motorist(rng: random.Random, fk: HouseholdFaker, lang: str) -> tuple[str, list[Span], str, str]:
    """A person who comes by car: name, home address spans, phone and the vehicle's
    plate in the country's shape (``lang`` en, de, fr; anything else Dutch)."""
    if lang == "en":
        street, town = fk.uk_address()
        addr = [*(S(a, k) for a, k in street.segments), S(", ", "other")]
        return (
            fk.en_name(),
            addr + [S(a, k) for a, k in town.segments],
            fk.uk_phone(),
            fk.uk_plate(),
        )
    if lang == "de":
        return (
            fk.eu_name("de"),
            [S(", ".join(fk.eu_address("de")), "address")],
            fk.eu_phone("de"),
            fk.de_plate(),
        )
    if lang == "fr":
        street, town = fk.eu_address("fr")
        plate = f"{fk.upper(2)}-{fk.digits(3)}-{fk.upper(2)}"
        return fk.eu_name("fr"), [S(f"{street}, {town}", "address")], fk.eu_phone("fr"), plate
    name = f"{rng.choice(NL_FIRST)} {rng.choice(NL_LAST)}"
    addr = f"{rng.choice(NL_STREETS)} {rng.randint(1, 140)}{rng.choice(('', '-A', ' bis'))}, "
    addr += f"{fk.digits(4, True)} {fk.upper(2)} {rng.choice(NL_TOWNS)}"
    plate = f"{fk.digits(2)}-{fk.upper(3)}-{fk.digits(1)}"
    return name, [S(addr, "address")], f"06-{fk.digits(8)}", plate
