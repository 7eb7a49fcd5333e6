"""The printed words of party invitations (:mod:`synth.layouts_party`): each occasion's
heading and the running text around the name it celebrates, venues, dress codes and
the date written the way each language prints it. Ordinary text only; the names,
addresses and phones are drawn from the faker.
"""

from __future__ import annotations

import datetime
import random

#: Occasion -> (heading, the text after the celebrated person's name, the kin words
#: before that name or () when no one is named, whether the party is at home).
CN_OCCASIONS: dict[str, tuple[str, str, tuple[str, ...], bool]] = {
    "满月": ("满月酒", "满月之喜,略备薄酒,恭请光临。", ("小儿", "小女", "爱孙", "孙女"), False),
    "寿宴": ("寿宴", "{age}大寿设宴庆贺,敬备寿筵。", ("家父", "家母", "祖父"), False),
    "生日": ("生日宴", "生日举办家宴,欢聚一堂。", ("小儿", "爱女", "本人"), True),
    "乔迁": ("乔迁之喜", "乔迁新居,略备薄酒,与亲友同庆。", (), True),
    "退休": ("荣休宴", "同志光荣退休举行答谢宴,感谢多年关照。", ("",), False),
}

_WEEK_CN = "一二三四五六日"
_WEEK = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
}
_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août"),
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August"),
}
_HOURS = {
    "en": ("from 7pm", "2pm - 5pm", "7.30pm till late", "12 noon for lunch", "from 4 o'clock"),
    "fr": ("à partir de 19h", "de 15h à 18h", "dès 12h30", "à 20h"),
    "de": ("ab 19 Uhr", "von 15 bis 18 Uhr", "um 12:30 Uhr", "ab 18:30 Uhr"),
}


def _day(rng: random.Random) -> datetime.date:
    return datetime.date(rng.randint(2026, 2027), rng.randint(1, 8), rng.randint(1, 28))


def cn_when(rng: random.Random) -> str:
    """When the party is, as a 请柬 prints it: 2026年5月16日(星期六)晚6时."""
    d = _day(rng)
    hour = rng.choice(("中午11时58分", "晚6时", "下午5时", "中午12时"))
    return f"{d.year}年{d.month}月{d.day}日(星期{_WEEK_CN[d.weekday()]}){hour}"


def latin_when(rng: random.Random, lang: str) -> tuple[str, str]:
    """The date line and the time line of a Latin-script card."""
    d = _day(rng)
    day, month = _WEEK[lang][d.weekday()], _MONTHS[lang][d.month - 1]
    if lang == "en":
        date = f"{day} {d.day} {month}"
    elif lang == "fr":
        date = f"le {day} {d.day} {month} {d.year}"
    else:
        date = f"am {day}, {d.day}. {month} {d.year}"
    return date, rng.choice(_HOURS[lang])


#: Language -> words of the card: occasions (heading, text before and after the name,
#: whether it is held at home), the greeting, the RSVP label, venues, dress codes,
#: and notes a host writes on the card.
LATIN: dict[str, dict] = {
    "en": {
        "occasions": {
            "birthday": (
                "You're Invited!",
                "Come and celebrate ",
                "'s {age}th birthday with us",
                False,
            ),
            "house": (
                "Housewarming",
                "We've moved! Join ",
                " and family for drinks at our new home",
                True,
            ),
            "retire": (
                "Happy Retirement",
                "Please join us for a party in honour of ",
                " as they retire after 30 years",
                False,
            ),
            "welcome": (
                "Welcome, Baby!",
                "Come and meet baby ",
                " - a welcome party for our new arrival",
                True,
            ),
        },
        "dear": "Dear ",
        "rsvp": "RSVP to ",
        "at_home": "at our place:",
        "venues": (
            ("The Red Lion", "Function room, 14 Market Square"),
            ("Bella Napoli", "3 Station Road"),
            ("St Mark's Church Hall", "Vicarage Lane"),
        ),
        "dress": ("Dress code: smart casual", "Fancy dress - come as a superhero!", "Black tie"),
        "notes": ("Hope you can make it! Text me on ", "Parking round the back, ring "),
    },
    "fr": {
        "occasions": {
            "birthday": ("Invitation", "", " fête ses {age} ans ! Venez partager ce moment", False),
            "house": (
                "Crémaillère",
                "Nouvelle adresse ! ",
                " pend la crémaillère et vous attend",
                True,
            ),
            "retire": (
                "Pot de départ",
                "Pour fêter le départ en retraite de ",
                ", venez nombreux",
                False,
            ),
        },
        "dear": "Cher ",
        "rsvp": "Réponse souhaitée avant le 10 — ",
        "at_home": "chez nous :",
        "venues": (
            ("Restaurant Le Provençal", "12 place du Marché"),
            ("Salle des fêtes", "rue de la Mairie"),
        ),
        "dress": ("Tenue : chic et décontractée", "Thème : années 80"),
        "notes": ("On compte sur toi ! Appelle-moi au ", "Un souci ? Appelle au "),
    },
    "de": {
        "occasions": {
            "birthday": (
                "Einladung",
                "Zum {age}. Geburtstag von ",
                " laden wir herzlich ein",
                False,
            ),
            "house": (
                "Einweihungsparty",
                "Wir sind umgezogen! ",
                " freut sich auf euch zur Einweihung",
                True,
            ),
            "retire": (
                "Abschiedsfeier",
                "Zum Ruhestand von ",
                " möchten wir mit euch feiern",
                False,
            ),
        },
        "dear": "Liebe/r ",
        "rsvp": "Zusage bitte an ",
        "at_home": "bei uns zu Hause:",
        "venues": (("Gasthaus zur Linde", "Dorfstraße 3"), ("Vereinsheim TSV", "Am Sportplatz 1")),
        "dress": ("Dresscode: ganz in Weiß", "Tracht erwünscht"),
        "notes": ("Freu mich auf dich! Ruf an: ", "Bei Fragen: "),
    },
}
