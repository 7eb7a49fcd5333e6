"""The words of the English and French pet adoption contracts
(:mod:`synth.layouts_adoption`): labels, shelters, animals and clauses."""

from __future__ import annotations

#: Language -> the contract's words.
WORDS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Adoption Agreement",
        "no": "Agreement no.",
        "you": "The adopter",
        "name": "Full name",
        "dob": "Date of birth",
        "addr": "Address",
        "pc": "Town and postcode",
        "tel": "Phone",
        "mail": "E-mail",
        "id": "Photo ID seen (number)",
        "home": "Home",
        "house": "House",
        "flat": "Flat",
        "own": "Owned",
        "rent": "Rented",
        "garden": "Garden",
        "pets": "Other pets at home",
        "animal": "The animal",
        "pname": "Name",
        "breed": "Species / breed",
        "sex": "Sex",
        "age": "Approx. age",
        "chip": "Microchip no.",
        "fee": "Adoption fee paid",
        "visit": "I agree to a home check and follow-up visits by the rescue.",
        "decl": "I confirm the information above is true and agree to the terms.",
        "sig": "Adopter's signature",
        "staff": "Signed for the rescue",
        "date": "Date",
    },
    "fr": {
        "title": "Contrat d'adoption",
        "no": "Contrat n°",
        "you": "L'adoptant",
        "name": "Nom et prénom",
        "dob": "Date de naissance",
        "addr": "Adresse",
        "pc": "Code postal, ville",
        "tel": "Téléphone",
        "mail": "Courriel",
        "id": "N° de pièce d'identité",
        "home": "Logement",
        "house": "Maison",
        "flat": "Appartement",
        "own": "Propriétaire",
        "rent": "Locataire",
        "garden": "Jardin",
        "pets": "Autres animaux au foyer",
        "animal": "L'animal",
        "pname": "Nom",
        "breed": "Espèce / race",
        "sex": "Sexe",
        "age": "Âge estimé",
        "chip": "Identification (puce)",
        "fee": "Participation aux frais",
        "visit": "J'accepte les visites de suivi de l'association à mon domicile.",
        "decl": "Je certifie l'exactitude des renseignements ci-dessus.",
        "sig": "Signature de l'adoptant",
        "staff": "Pour l'association",
        "date": "Fait le",
    },
}
SHELTERS = {
    "en": ("Greenacres Animal Rescue", "Second Chance Dogs Trust", "Whiskers Cat Rescue"),
    "fr": ("Refuge de l'Espoir", "SPA du Val", "Les Amis des Chats"),
}
ANIMALS = {
    "en": (("Dog", "Lurcher x"), ("Dog", "Staffie"), ("Cat", "Domestic shorthair")),
    "fr": (("Chien", "croisé berger"), ("Chat", "européen"), ("Chien", "griffon")),
}
PET_NAMES = ("Biscuit", "Luna", "Milo", "Pepper", "Bella", "Oscar", "Nala", "Rocky")
SEXES = {"en": ("Male, neutered", "Female, spayed"), "fr": ("Mâle castré", "Femelle stérilisée")}
OTHER_PETS = {
    "en": ("None", "1 cat", "2 rabbits", "Old spaniel"),
    "fr": ("Aucun", "1 chat", "2 lapins"),
}
