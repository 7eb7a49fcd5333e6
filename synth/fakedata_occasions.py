"""Invented data for the fifth batch of form families (angling licences, banquet
bookings, blood donation, concert tickets, court summonses, dry cleaning, pawn
tickets, wedding gift ledgers).

Like :mod:`synth.fakedata`, everything comes from small made-up word lists and
random digits; no name, number or address belongs to a real person or institution.
Some of these documents are printed in German, French or Spanish, so the batch also
invents names and addresses in those countries' shapes.
"""

from __future__ import annotations

from .fakedata_community import CommunityFaker

_DE_FIRST = ("Jonas", "Lena", "Jürgen", "Sabine", "Malte", "Birgit", "Timo", "Käthe", "Uwe", "Anja")
_DE_LAST = ("Müller", "Schäfer", "Brückner", "Hoffmann", "Krüger", "Weiß", "Vogt", "Lößner")
_DE_STREETS = ("Lindenstraße", "Am Mühlbach", "Goethestr.", "Kirchweg", "Bahnhofstraße")
_DE_TOWNS = ("Kleinfurt", "Obernau", "Seehausen", "Birkendorf", "Altmühlheim")
_FR_FIRST = ("Amélie", "Benoît", "Céline", "Hélène", "Jérôme", "Léa", "François", "Maëlle")
_FR_LAST = ("Lefèvre", "Durand", "Moreau", "Girard", "Faure", "Bérenger", "Roux", "Garnier")
_FR_STREETS = ("rue des Lilas", "avenue Jean-Jaurès", "allée des Tilleuls", "rue Pasteur")
_FR_TOWNS = ("Saint-Aubin", "Montclair", "Villefranche-le-Bas", "Beaulieu")
_ES_FIRST = ("Lucía", "Andrés", "María José", "Íñigo", "Sofía", "Tomás", "Nuria")
_ES_LAST = ("García", "Martínez", "Núñez", "Ibáñez", "Rodríguez", "Peña", "Gómez")
_ES_STREETS = ("Calle Mayor", "Avda. de la Constitución", "Calle del Olmo", "Plaza España")
_ES_TOWNS = ("Villaverde", "San Martín del Río", "Puebla Nueva", "Torrealta")


class OccasionFaker(CommunityFaker):
    # ------------------------------------------------------------------ people abroad
    def eu_name(self, lang: str) -> str:
        """A German, French or Spanish person's name (Spanish: two surnames)."""
        r = self.r
        if lang == "de":
            return f"{r.choice(_DE_FIRST)} {r.choice(_DE_LAST)}"
        if lang == "fr":
            return f"{r.choice(_FR_FIRST)} {r.choice(_FR_LAST)}"
        a, b = r.sample(_ES_LAST, 2)
        return f"{r.choice(_ES_FIRST)} {a} {b}"

    def eu_address(self, lang: str) -> tuple[str, str]:
        """(street line with house number and flat, postcode and town)."""
        r = self.r
        if lang == "de":
            flat = r.choice(("", f", Whg. {r.randint(1, 24)}", f", {r.randint(1, 5)}. OG"))
            return (
                f"{r.choice(_DE_STREETS)} {r.randint(1, 120)}{flat}",
                f"{self.digits(5, True)} {r.choice(_DE_TOWNS)}",
            )
        if lang == "fr":
            apt = r.choice(("", f", appt {r.randint(1, 60)}", f", bât. {r.choice('ABC')}"))
            return (
                f"{r.randint(1, 90)} {r.choice(_FR_STREETS)}{apt}",
                f"{self.digits(5, True)} {r.choice(_FR_TOWNS)}",
            )
        piso = f", {r.randint(1, 9)}º {r.choice('ABCD')}"
        return (
            f"{r.choice(_ES_STREETS)}, {r.randint(1, 150)}{piso}",
            f"{self.digits(5, True)} {r.choice(_ES_TOWNS)}",
        )

    def eu_phone(self, lang: str) -> str:
        r = self.r
        if lang == "de":
            return f"0{r.choice(('151', '160', '172', '176'))} {self.digits(7, True)}"
        if lang == "fr":
            return "0" + r.choice("67") + " " + " ".join(self.digits(2) for _ in range(4))
        return f"6{self.digits(2)} {self.digits(3)} {self.digits(3)}"

    def eu_id(self, lang: str) -> str:
        """An identity card's number in the country's shape."""
        if lang == "de":
            return self.upper(1) + self.alnum(8)
        if lang == "fr":
            return self.digits(12)
        return self.digits(8) + self.upper(1)

    # ------------------------------------------------------------------ numbers
    def licence_no(self) -> str:
        return self.r.choice(("AL", "FL", "")) + self.digits(self.r.choice((7, 9)))

    def pawn_no(self) -> str:
        return self.r.choice(("当字第", "No. ", "Nr. ")) + self.digits(self.r.choice((6, 8)))

    def donor_no(self) -> str:
        """A blood donor's number (the donor's, kept across donations)."""
        return self.r.choice(("", "XY")) + self.digits(self.r.choice((10, 12)))

    def blood_bag_no(self) -> str:
        """The donation's bag barcode number (the unit's, not the person's)."""
        return f"{self.digits(2)}{self.upper(1)}{self.digits(2)}{self.digits(8)}"

    def case_no(self, cjk: bool) -> str:
        if cjk:
            y, n = self.r.randint(2024, 2026), self.r.randint(1, 9999)
            kind = self.r.choice(("民初", "民终", "执", "民特"))
            return f"({y})京{self.r.randint(1, 9):02d}{self.r.randint(1, 9):02d}{kind}{n}号"
        return f"{self.upper(2)}{self.r.randint(24, 26)}C{self.digits(5)}"

    def ticket_serial(self) -> str:
        return self.digits(4) + " " + self.digits(4) + " " + self.digits(4)

    def cleaning_ticket(self) -> str:
        return self.r.choice(("", "N°", "Nr.", "#")) + self.digits(self.r.choice((4, 5, 6)))
