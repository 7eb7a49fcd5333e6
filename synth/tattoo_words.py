"""The printed words of tattoo consent forms (:mod:`synth.layouts_tattoo`) in English,
Spanish and German: the form's labels, the health questions, the statements the client
initials and a few designs with their placements. Ordinary text only; the names,
numbers and addresses are drawn from the faker.
"""

from __future__ import annotations

KEYS = ("title", "name", "dob", "age", "addr", "tel", "email", "id", "emerg", "rel")
KEYS2 = ("q", "yes", "no", "design", "place", "size", "price", "artist", "sig", "date")
KEYS3 = ("guard", "guard_id", "init", "minor")
#: Language -> printed words, keyed by the three key tuples above.
WORDS = {
    "en": (
        *("TATTOO CONSENT & RELEASE FORM", "Full name", "Date of birth", "Age"),
        *("Address", "Phone", "Email", "Photo ID type / no.", "Emergency contact"),
        *("Relationship", "Medical history", "Yes", "No", "Design", "Placement"),
        *("Size", "Price", "Artist", "Client signature", "Date"),
        *("Parent / guardian", "Guardian's ID no.", "Please initial each statement"),
        "FOR CLIENTS UNDER 18 (with parent or guardian present)",
    ),
    "es": (
        *("CONSENTIMIENTO INFORMADO PARA TATUAJE", "Nombre y apellidos"),
        *("Fecha de nacimiento", "Edad", "Domicilio", "Teléfono", "Correo electrónico"),
        *("DNI / NIE", "Contacto de emergencia", "Parentesco", "Antecedentes médicos"),
        *("Sí", "No", "Diseño", "Zona del cuerpo", "Tamaño", "Precio", "Tatuador/a"),
        *("Firma del cliente", "Fecha", "Padre / madre / tutor", "DNI del tutor"),
        *("Escriba sus iniciales en cada punto", "MENORES DE EDAD (autorización del tutor)"),
    ),
    "de": (
        *("EINVERSTÄNDNISERKLÄRUNG TÄTOWIERUNG", "Vor- und Nachname", "Geburtsdatum"),
        *("Alter", "Anschrift", "Telefon", "E-Mail", "Ausweis-Nr.", "Notfallkontakt"),
        *("Beziehung", "Gesundheitsfragen", "Ja", "Nein", "Motiv", "Körperstelle"),
        *("Größe", "Preis", "Tätowierer/in", "Unterschrift Kunde", "Datum"),
        *("Erziehungsberechtigte/r", "Ausweis-Nr. Erziehungsb.", "Bitte jeden Punkt abzeichnen"),
        "MINDERJÄHRIGE (nur mit Erziehungsberechtigtem)",
    ),
}
QUESTIONS = {
    "en": (
        "Are you pregnant or nursing?",
        "Do you have diabetes, epilepsy or a heart condition?",
        "Do you have haemophilia or take blood thinners?",
        "Any allergies (latex, pigments, ointments)?",
        "Have you had alcohol in the last 24 hours?",
        "Do you have a history of keloid scarring?",
    ),
    "es": (
        "¿Está embarazada o en periodo de lactancia?",
        "¿Padece diabetes, epilepsia o problemas cardíacos?",
        "¿Toma anticoagulantes o tiene hemofilia?",
        "¿Tiene alergias (látex, tintas, pomadas)?",
        "¿Ha consumido alcohol en las últimas 24 horas?",
    ),
    "de": (
        "Sind Sie schwanger oder stillen Sie?",
        "Leiden Sie an Diabetes, Epilepsie oder Herzerkrankungen?",
        "Nehmen Sie blutverdünnende Medikamente?",
        "Allergien (Latex, Farben, Salben)?",
        "Alkoholkonsum in den letzten 24 Stunden?",
    ),
}
STATEMENTS = {
    "en": (
        "I am not under the influence of alcohol or drugs.",
        "I understand a tattoo is permanent and results and healing vary.",
        "I have approved the design, spelling and placement.",
        "I have received aftercare instructions and will follow them.",
    ),
    "es": (
        "No estoy bajo los efectos del alcohol ni de drogas.",
        "Entiendo que el tatuaje es permanente.",
        "He revisado y aprobado el diseño y la ortografía.",
        "He recibido las instrucciones de cuidado posterior.",
    ),
    "de": (
        "Ich stehe nicht unter Alkohol- oder Drogeneinfluss.",
        "Mir ist bewusst, dass eine Tätowierung dauerhaft ist.",
        "Motiv, Schreibweise und Platzierung habe ich geprüft.",
        "Die Pflegehinweise habe ich erhalten.",
    ),
}
DESIGNS = {
    "en": (
        ("Fine-line rose", "Left forearm"),
        ("Script 'Carpe Diem'", "Ribs"),
        ("Swallow", "Hand"),
    ),
    "es": (
        ("Golondrina tradicional", "Antebrazo izq."),
        ("Mandala", "Espalda"),
        ("Fecha", "Muñeca"),
    ),
    "de": (("Kompass, Linien", "Unterarm rechts"), ("Schriftzug", "Rippen"), ("Rose", "Knöchel")),
}
