"""The words of "My file" in Dutch, French and English, spoken by the young
person ("My days", "What I learned") and factual in what they label.

Like the book (``app.services.lifebook.texts``) and the report, the file is made
below the UI, so its words live here; labels of fields and enumerations the
period report already names come from the report's words (``Texts``), so that
the file reads the same words as the app. Every key of ``EN`` exists in ``NL``
and ``FR`` (a unit test checks it).
"""

from __future__ import annotations

from typing import Final

from app.services.report.texts import Texts

EN: Final[dict[str, str]] = {
    "title": "My file",
    "subtitle": "{name} · what was written about me at {household}",
    "subtitle_no_name": "{name} · what was written about me",
    "made_on": "Made on {date}",
    "intro": (
        "This file holds what the people who took care of you wrote down that is yours "
        "to keep: who you are, your family, the moments of your days, what you learned, "
        "your contacts with your family, your care plan, your medicines and your "
        "appointments. Your book, made from what they kept for you, comes with it."
    ),
    "not_all": (
        "It is not your whole file. The central office keeps that for many years; you "
        "can ask them to read it with you, with someone who can explain it."
    ),
    "about": "About me",
    "family": "My family and the people around me",
    "days": "My days",
    "learned": "What I learned",
    "contacts": "My contacts with family and the people around me",
    "goals": "My care plan",
    "medicines": "My medicines",
    "appointments": "My appointments",
    "attachments": "Photos and documents",
    "nothing": "Nothing was written here.",
    "name": "Name",
    "born": "Born on",
    "placed": "I lived at {household} from",
    "placed_no_name": "I lived here from",
    "until": "Until",
    "went": "Then I went",
    "school": "School",
    "languages": "Languages",
    "language_levels": "How well I speak them",
    "legal_status": "My residence status",
    "procedure": "My procedure",
    "training": "Training",
    "lives_where": "Lives in",
    "together": "We lived together",
    "arrangement": "What was agreed about contact",
    "what_i_did": "What I did",
    "at_school": "School",
    "moments": "Moments",
    "with": "With",
    "place": "Where",
    "area": "About",
    "since": "Since",
    "status": "Where it stands",
    "dose": "How much",
    "from_to": "{start} – {end}",
    "from": "from {start}",
    "prescribed_by": "Prescribed by",
    "outcome.return_home": "home to my parents",
    "outcome.kinship": "to family or people close to me",
    "outcome.other_placement": "to another placement",
    "outcome.adoption": "to my adoptive family",
    "outcome.independent_living": "to live on my own",
    "outcome.other": "somewhere else",
    "legal.applicant": "Applicant for international protection",
    "legal.refugee": "Recognised refugee",
    "legal.subsidiary_protection": "Subsidiary protection",
    "legal.other_permit": "Another residence permit",
    "legal.refused": "Application refused",
    "step.application": "Application",
    "step.interview": "Interview",
    "step.decision": "Decision",
    "step.appeal": "Appeal",
    "step.residence_permit": "Residence permit",
    "level.beginner": "beginner",
    "level.a1": "A1",
    "level.a2": "A2",
    "level.b1": "B1",
    "level.b2": "B2",
    "level.fluent": "fluent",
    "level.mother_tongue": "mother tongue",
    "area.care": "Care",
    "area.food_security": "Food",
    "area.accommodation": "Where I live",
    "area.physical_health": "Health",
    "area.education_skills": "School and skills",
    "area.livelihood": "Money and work",
    "area.protection_inclusion": "Safety and belonging",
    "area.social_emotional": "Feelings and friends",
    "area.independent_living": "Living on my own",
    "page": "My file · {name} · page {page}",
}

NL: Final[dict[str, str]] = {
    "title": "Mijn dossier",
    "subtitle": "{name} · wat over mij geschreven werd bij {household}",
    "subtitle_no_name": "{name} · wat over mij geschreven werd",
    "made_on": "Gemaakt op {date}",
    "intro": (
        "In dit dossier staat wat de mensen die voor jou zorgden opschreven en dat van "
        "jou is om te bewaren: wie je bent, je familie, de momenten van je dagen, wat je "
        "leerde, je contacten met je familie, je handelingsplan, je medicijnen en je "
        "afspraken. Je boek, gemaakt van wat ze voor jou bewaarden, hoort erbij."
    ),
    "not_all": (
        "Het is niet je hele dossier. Dat bewaart de centrale dienst vele jaren; je kan "
        "vragen om het samen met hen te lezen, met iemand die het kan uitleggen."
    ),
    "about": "Over mij",
    "family": "Mijn familie en de mensen om mij heen",
    "days": "Mijn dagen",
    "learned": "Wat ik leerde",
    "contacts": "Mijn contacten met familie en de mensen om mij heen",
    "goals": "Mijn handelingsplan",
    "medicines": "Mijn medicijnen",
    "appointments": "Mijn afspraken",
    "attachments": "Foto's en documenten",
    "nothing": "Hier werd niets opgeschreven.",
    "name": "Naam",
    "born": "Geboren op",
    "placed": "Ik woonde bij {household} vanaf",
    "placed_no_name": "Ik woonde hier vanaf",
    "until": "Tot",
    "went": "Daarna ging ik",
    "school": "School",
    "languages": "Talen",
    "language_levels": "Hoe goed ik ze spreek",
    "legal_status": "Mijn verblijfsstatus",
    "procedure": "Mijn procedure",
    "training": "Opleiding",
    "lives_where": "Woont in",
    "together": "We woonden samen",
    "arrangement": "Wat over contact afgesproken werd",
    "what_i_did": "Wat ik deed",
    "at_school": "School",
    "moments": "Momenten",
    "with": "Met",
    "place": "Waar",
    "area": "Over",
    "since": "Sinds",
    "status": "Waar het staat",
    "dose": "Hoeveel",
    "from_to": "{start} – {end}",
    "from": "vanaf {start}",
    "prescribed_by": "Voorgeschreven door",
    "outcome.return_home": "naar huis, naar mijn ouders",
    "outcome.kinship": "naar familie of mensen dicht bij mij",
    "outcome.other_placement": "naar een andere plaatsing",
    "outcome.adoption": "naar mijn adoptiegezin",
    "outcome.independent_living": "op mezelf wonen",
    "outcome.other": "ergens anders heen",
    "legal.applicant": "Verzoeker om internationale bescherming",
    "legal.refugee": "Erkend vluchteling",
    "legal.subsidiary_protection": "Subsidiaire bescherming",
    "legal.other_permit": "Een andere verblijfsvergunning",
    "legal.refused": "Verzoek geweigerd",
    "step.application": "Aanvraag",
    "step.interview": "Gehoor",
    "step.decision": "Beslissing",
    "step.appeal": "Beroep",
    "step.residence_permit": "Verblijfsvergunning",
    "level.beginner": "beginner",
    "level.a1": "A1",
    "level.a2": "A2",
    "level.b1": "B1",
    "level.b2": "B2",
    "level.fluent": "vloeiend",
    "level.mother_tongue": "moedertaal",
    "area.care": "Zorg",
    "area.food_security": "Eten",
    "area.accommodation": "Waar ik woon",
    "area.physical_health": "Gezondheid",
    "area.education_skills": "School en vaardigheden",
    "area.livelihood": "Geld en werk",
    "area.protection_inclusion": "Veiligheid en erbij horen",
    "area.social_emotional": "Gevoelens en vrienden",
    "area.independent_living": "Op mezelf wonen",
    "page": "Mijn dossier · {name} · pagina {page}",
}

FR: Final[dict[str, str]] = {
    "title": "Mon dossier",
    "subtitle": "{name} · ce qui a été écrit sur moi chez {household}",
    "subtitle_no_name": "{name} · ce qui a été écrit sur moi",
    "made_on": "Fait le {date}",
    "intro": (
        "Ce dossier contient ce que les personnes qui ont pris soin de toi ont écrit et "
        "qui est à toi : qui tu es, ta famille, les moments de tes journées, ce que tu as "
        "appris, tes contacts avec ta famille, ton projet d’accompagnement, tes "
        "médicaments et tes rendez-vous. Ton livre, fait de ce qu’elles ont gardé pour "
        "toi, l’accompagne."
    ),
    "not_all": (
        "Ce n’est pas tout ton dossier. Le service central le garde de longues années ; "
        "tu peux demander à le lire avec quelqu’un qui peut te l’expliquer."
    ),
    "about": "À propos de moi",
    "family": "Ma famille et les personnes autour de moi",
    "days": "Mes journées",
    "learned": "Ce que j’ai appris",
    "contacts": "Mes contacts avec ma famille et les personnes autour de moi",
    "goals": "Mon projet d’accompagnement",
    "medicines": "Mes médicaments",
    "appointments": "Mes rendez-vous",
    "attachments": "Photos et documents",
    "nothing": "Rien n’a été écrit ici.",
    "name": "Nom",
    "born": "Né·e le",
    "placed": "J’ai vécu chez {household} à partir du",
    "placed_no_name": "J’ai vécu ici à partir du",
    "until": "Jusqu’au",
    "went": "Ensuite je suis allé·e",
    "school": "École",
    "languages": "Langues",
    "language_levels": "Comment je les parle",
    "legal_status": "Mon statut de séjour",
    "procedure": "Ma procédure",
    "training": "Formation",
    "lives_where": "Habite à",
    "together": "Nous avons vécu ensemble",
    "arrangement": "Ce qui a été convenu pour les contacts",
    "what_i_did": "Ce que j’ai fait",
    "at_school": "École",
    "moments": "Moments",
    "with": "Avec",
    "place": "Où",
    "area": "Sujet",
    "since": "Depuis le",
    "status": "Où cela en est",
    "dose": "Combien",
    "from_to": "{start} – {end}",
    "from": "à partir du {start}",
    "prescribed_by": "Prescrit par",
    "outcome.return_home": "à la maison, chez mes parents",
    "outcome.kinship": "dans ma famille ou chez des proches",
    "outcome.other_placement": "dans un autre placement",
    "outcome.adoption": "dans ma famille adoptive",
    "outcome.independent_living": "vivre seul·e",
    "outcome.other": "ailleurs",
    "legal.applicant": "Demandeur·se de protection internationale",
    "legal.refugee": "Réfugié·e reconnu·e",
    "legal.subsidiary_protection": "Protection subsidiaire",
    "legal.other_permit": "Un autre titre de séjour",
    "legal.refused": "Demande refusée",
    "step.application": "Demande",
    "step.interview": "Audition",
    "step.decision": "Décision",
    "step.appeal": "Recours",
    "step.residence_permit": "Titre de séjour",
    "level.beginner": "débutant·e",
    "level.a1": "A1",
    "level.a2": "A2",
    "level.b1": "B1",
    "level.b2": "B2",
    "level.fluent": "courant",
    "level.mother_tongue": "langue maternelle",
    "area.care": "Soins",
    "area.food_security": "Alimentation",
    "area.accommodation": "Où je vis",
    "area.physical_health": "Santé",
    "area.education_skills": "École et compétences",
    "area.livelihood": "Argent et travail",
    "area.protection_inclusion": "Sécurité et appartenance",
    "area.social_emotional": "Émotions et amis",
    "area.independent_living": "Vivre seul·e",
    "page": "Mon dossier · {name} · page {page}",
}

TEXTS: Final[dict[str, dict[str, str]]] = {"en": EN, "nl": NL, "fr": FR}


class FileWords(Texts):
    """The file's own words, then the report's (field labels, enumerations and
    dates), in one language."""

    def __init__(self, lang: str) -> None:
        super().__init__(lang)
        self._own = TEXTS[lang]

    def __call__(self, key: str, **params: object) -> str:
        if key in EN:
            text = self._own.get(key) or EN[key]
            return text.format(**params) if params else text
        return super().__call__(key, **params)

    def word(self, prefix: str, value: object) -> str:
        """An enumeration value in the file's words (``legal``, ``refugee``)."""
        raw = str(getattr(value, "value", value))
        key = f"{prefix}.{raw}"
        return self(key) if key in EN else raw.replace("_", " ")
