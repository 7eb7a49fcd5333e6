"""The words of the English and French voter registration applications
(:mod:`synth.layouts_voter`): section titles, captions, ticks and declarations."""

from __future__ import annotations

#: Language -> the application's words.
WORDS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Application to register to vote",
        "s1": "1  Your name",
        "sur": "Surname",
        "first": "First name(s)",
        "changed": "Have you changed your name in the last 12 months?",
        "prev": "Previous name",
        "s2": "2  Your address",
        "street": "Flat / house number and street",
        "town": "Town",
        "pc": "Postcode",
        "moved": "Have you moved in the last 12 months?",
        "prev_addr": "Previous address",
        "s3": "3  Date of birth (DD MM YYYY)",
        "s4": "4  Nationality",
        "s5": "5  National Insurance number",
        "s6": "6  Contact",
        "tel": "Phone (optional)",
        "mail": "E-mail (optional)",
        "post": "Please send me a postal vote application form",
        "open": "I do not want my name and address in the open register",
        "decl": "I declare that the information on this form is true. I understand that it "
        "is an offence to give false information.",
        "sig": "Signature",
        "date": "Date",
        "office": "Office use only",
        "o1": "ERO ref",
        "o2": "Polling district",
        "o3": "Date received",
        "yes": "Yes",
        "no": "No",
    },
    "fr": {
        "title": "Demande d'inscription sur les listes électorales",
        "s1": "1  État civil",
        "sur": "Nom de naissance",
        "first": "Prénoms",
        "changed": "Nom d'usage différent du nom de naissance ?",
        "prev": "Nom d'usage",
        "s2": "2  Adresse",
        "street": "N°, voie, bâtiment, appartement",
        "town": "Commune",
        "pc": "Code postal",
        "moved": "Êtes-vous inscrit dans une autre commune ?",
        "prev_addr": "Adresse précédente",
        "s3": "3  Date de naissance (JJ MM AAAA)",
        "s4": "4  Nationalité",
        "s5": "5  N° de pièce d'identité",
        "s6": "6  Coordonnées",
        "tel": "Téléphone",
        "mail": "Courriel",
        "post": "Je souhaite recevoir ma carte électorale à cette adresse",
        "open": "J'ai déjà été inscrit sur une liste consulaire",
        "decl": "Je certifie sur l'honneur l'exactitude des renseignements ci-dessus.",
        "sig": "Signature",
        "date": "Fait le",
        "office": "Cadre réservé à la mairie",
        "o1": "N° de dossier",
        "o2": "Bureau de vote n°",
        "o3": "Date de dépôt",
        "yes": "Oui",
        "no": "Non",
    },
}
NATIONS = {
    "en": ("British", "Irish", "EU citizen", "Commonwealth", "Other"),
    "fr": ("Française", "Autre pays de l'UE"),
}
OFFICES = {
    "en": ("Kestrelford Borough Council", "Electoral Registration Office"),
    "fr": ("Mairie de Villeneuve", "Service des élections"),
}
