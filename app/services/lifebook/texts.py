"""The life-story book's words in Dutch, French and English, spoken to the child.

The book is made below the UI (the command line makes it too), where Qt's
translator is not available; its words live here, one dictionary per language
with ``{named}`` placeholders. Every key of ``EN`` exists in ``NL`` and ``FR``
(a unit test checks it). Dates are spelled out by the period report's months.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

from app.services.report.texts import MONTHS

LANGUAGES: Final = ("nl", "fr", "en")

EN: Final[dict[str, str]] = {
    "title": "The book of {name}",
    "subtitle": "My story, kept for me",
    "made_on": "Made on {date}",
    "first_days": "My first days here",
    "came": "On {date} I came to live with {household}.",
    "came_no_name": "On {date} I came to live here.",
    "left": "On {date} I went on to a new place.",
    "people": "People in my life",
    "my_family": "My family",
    "my_brothers_sisters": "My brothers and sisters",
    "together": "we live together",
    "lives_in": "lives in {place}",
    "my_caregivers": "The people who took care of me",
    "friends": "My friends",
    "friends_hint": "Write or draw your friends here.",
    "places": "Places I lived",
    "place_since": "{household}, since {date}",
    "place_from_to": "{household}, from {start} to {end}",
    "learned": "Things I learned",
    "learned_living": "Things I can do on my own",
    "learned_none": "Everything you learn from now on can be written here.",
    "moments": "Moments and photos",
    "year": "{year}",
    "my_words": "My words",
    "my_words_hint": "Here you can write or draw, together with someone you trust.",
    "contact": "{kind} with {who}",
    "contact_at": "{kind} with {who}, in {place}",
    "kind.visit": "A visit",
    "kind.supervised_visit": "A visit",
    "kind.phone": "A phone call",
    "kind.video": "A video call",
    "kind.letter": "A letter",
    "kind.other": "Time together",
    "rel.mother": "my mother",
    "rel.father": "my father",
    "rel.sibling": "my brother or sister",
    "rel.half_sibling": "my half-brother or half-sister",
    "rel.grandparent": "my grandparent",
    "rel.aunt_uncle": "my aunt or uncle",
    "rel.other": "family",
    "rel.guardian": "my guardian",
    "rel.lawyer": "my lawyer",
    "page": "{page}",
}

NL: Final[dict[str, str]] = {
    "title": "Het boek van {name}",
    "subtitle": "Mijn verhaal, voor mij bewaard",
    "made_on": "Gemaakt op {date}",
    "first_days": "Mijn eerste dagen hier",
    "came": "Op {date} kwam ik wonen bij {household}.",
    "came_no_name": "Op {date} kwam ik hier wonen.",
    "left": "Op {date} ging ik verder naar een nieuwe plek.",
    "people": "Mensen in mijn leven",
    "my_family": "Mijn familie",
    "my_brothers_sisters": "Mijn broers en zussen",
    "together": "we wonen samen",
    "lives_in": "woont in {place}",
    "my_caregivers": "De mensen die voor mij zorgden",
    "friends": "Mijn vrienden",
    "friends_hint": "Schrijf of teken hier je vrienden.",
    "places": "Plaatsen waar ik woonde",
    "place_since": "{household}, sinds {date}",
    "place_from_to": "{household}, van {start} tot {end}",
    "learned": "Wat ik leerde",
    "learned_living": "Wat ik zelf kan",
    "learned_none": "Alles wat je vanaf nu leert, kan je hier opschrijven.",
    "moments": "Momenten en foto’s",
    "year": "{year}",
    "my_words": "Mijn woorden",
    "my_words_hint": "Hier kan je schrijven of tekenen, samen met iemand die je vertrouwt.",
    "contact": "{kind} met {who}",
    "contact_at": "{kind} met {who}, in {place}",
    "kind.visit": "Een bezoek",
    "kind.supervised_visit": "Een bezoek",
    "kind.phone": "Een telefoontje",
    "kind.video": "Een videogesprek",
    "kind.letter": "Een brief",
    "kind.other": "Samen",
    "rel.mother": "mijn mama",
    "rel.father": "mijn papa",
    "rel.sibling": "mijn broer of zus",
    "rel.half_sibling": "mijn halfbroer of halfzus",
    "rel.grandparent": "mijn grootouder",
    "rel.aunt_uncle": "mijn tante of nonkel",
    "rel.other": "familie",
    "rel.guardian": "mijn voogd",
    "rel.lawyer": "mijn advocaat",
    "page": "{page}",
}

FR: Final[dict[str, str]] = {
    "title": "Le livre de {name}",
    "subtitle": "Mon histoire, gardée pour moi",
    "made_on": "Fait le {date}",
    "first_days": "Mes premiers jours ici",
    "came": "Le {date}, je suis venu·e vivre chez {household}.",
    "came_no_name": "Le {date}, je suis venu·e vivre ici.",
    "left": "Le {date}, je suis parti·e vers un nouvel endroit.",
    "people": "Les personnes de ma vie",
    "my_family": "Ma famille",
    "my_brothers_sisters": "Mes frères et sœurs",
    "together": "nous vivons ensemble",
    "lives_in": "habite à {place}",
    "my_caregivers": "Les personnes qui ont pris soin de moi",
    "friends": "Mes amis",
    "friends_hint": "Écris ou dessine tes amis ici.",
    "places": "Les endroits où j’ai vécu",
    "place_since": "{household}, depuis le {date}",
    "place_from_to": "{household}, du {start} au {end}",
    "learned": "Ce que j’ai appris",
    "learned_living": "Ce que je sais faire seul·e",
    "learned_none": "Tout ce que tu apprends à partir de maintenant peut s’écrire ici.",
    "moments": "Des moments et des photos",
    "year": "{year}",
    "my_words": "Mes mots",
    "my_words_hint": "Ici tu peux écrire ou dessiner, avec quelqu’un en qui tu as confiance.",
    "contact": "{kind} avec {who}",
    "contact_at": "{kind} avec {who}, à {place}",
    "kind.visit": "Une visite",
    "kind.supervised_visit": "Une visite",
    "kind.phone": "Un coup de téléphone",
    "kind.video": "Un appel vidéo",
    "kind.letter": "Une lettre",
    "kind.other": "Un moment ensemble",
    "rel.mother": "ma maman",
    "rel.father": "mon papa",
    "rel.sibling": "mon frère ou ma sœur",
    "rel.half_sibling": "mon demi-frère ou ma demi-sœur",
    "rel.grandparent": "mon grand-parent",
    "rel.aunt_uncle": "ma tante ou mon oncle",
    "rel.other": "de la famille",
    "rel.guardian": "mon tuteur",
    "rel.lawyer": "mon avocat",
    "page": "{page}",
}

TEXTS: Final[dict[str, dict[str, str]]] = {"en": EN, "nl": NL, "fr": FR}


class Words:
    """The book's words in one language."""

    def __init__(self, lang: str) -> None:
        if lang not in TEXTS:
            raise ValueError(f"no book texts for language {lang!r}")
        self.lang = lang
        self._words = TEXTS[lang]

    def __call__(self, key: str, **params: object) -> str:
        text = self._words.get(key) or EN.get(key, key)
        return text.format(**params) if params else text

    def date(self, day: dt.date) -> str:
        number = "1er" if self.lang == "fr" and day.day == 1 else str(day.day)
        return f"{number} {MONTHS[self.lang][day.month - 1]} {day.year}"
