"""The words of the "Care figures" report in Dutch, French and English.

The server has no Qt translator: the report's few texts live here, one table
per language, with the definitions of ``definitions`` for the report's last
page. English is the fallback for a text a language lacks."""

from __future__ import annotations

LANGUAGES = ("nl", "fr", "en")

WORDS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Care figures {year}",
        "period": "Period: {start} to {end}",
        "intro": (
            "These figures are computed from the records the households keep day by day. Each "
            "gives how many (the numerator) out of how many (the denominator), and its coverage: "
            "how many of the children concerned had the data on record. Counts are rounded to "
            "the nearest 5; a count from 1 to 4 shows as \u201c< 5\u201d, and a figure about "
            "fewer than 5 children shows nothing. No child can be recognised in them."
        ),
        "programme.all": "All programmes",
        "programme.simba": "Simba homes",
        "programme.village_family": "Village families",
        "programme.minors_house": "Minors\u2019 house",
        "programme.family_support": "Family strengthening",
        "section.siblings": "Brothers and sisters",
        "section.birth_family": "Birth family",
        "section.return_home": "Return home",
        "section.development": "Development",
        "section.wellbeing": "Well-being",
        "section.stability": "Stability",
        "col.figure": "Figure",
        "col.coverage": "coverage",
        "of": "{n} of {d}",
        "median": "median {v}",
        "not_on_record": "not on record",
        "definitions": "Definitions and limits",
        "limits": (
            "What these figures cannot say: they count what was written down, not what "
            "happened unrecorded; they describe children in care, not former participants "
            "years later; a change between two checks is not proof of what caused it; and "
            "small programmes give wide uncertainty even where a figure shows."
        ),
        "chart.shares": "Shares per programme (%)",
        "chart.wellbeing": "Latest rating per dimension (children, rounded)",
        "rating.1": "1 serious concern",
        "rating.2": "2 some concern",
        "rating.3": "3 good",
        "rating.4": "4 very good",
        "rating.not_applicable": "not applicable",
        "change.better": "better",
        "change.same": "the same",
        "change.worse": "worse",
        "dim.care": "Care",
        "dim.food_security": "Food security",
        "dim.accommodation": "Accommodation",
        "dim.physical_health": "Physical health",
        "dim.education_skills": "Education and skills",
        "dim.livelihood": "Livelihood",
        "dim.protection_inclusion": "Protection and social inclusion",
        "dim.social_emotional": "Social and emotional well-being",
        "status.planned": "planned",
        "status.happened": "held",
        "status.cancelled": "cancelled",
        "status.no_show": "no-show",
        "who.family": "by the family",
        "who.child": "by the child",
        "who.household": "by the household",
        "who.office": "by the office",
        "who.other": "by someone else",
        "who.not_recorded": "who: not recorded",
        "outcome.return_home": "home to the parents",
        "outcome.kinship": "kinship care",
        "outcome.other_placement": "another placement",
        "outcome.adoption": "adoption",
        "outcome.independent_living": "independent living",
        "outcome.other": "other",
        "page": "page {n}",
    },
    "nl": {
        "title": "Zorgcijfers {year}",
        "period": "Periode: {start} tot {end}",
        "intro": (
            "Deze cijfers zijn berekend uit wat de gezinnen dag na dag bijhouden. Elk cijfer "
            "geeft hoeveel (de teller) van hoeveel (de noemer), en de dekking: bij hoeveel van "
            "de betrokken kinderen de gegevens genoteerd zijn. Aantallen zijn afgerond op 5; een "
            "aantal van 1 tot 4 staat er als \u201c< 5\u201d, en een cijfer over minder dan 5 "
            "kinderen toont niets. Geen kind is erin te herkennen."
        ),
        "programme.all": "Alle programma\u2019s",
        "programme.simba": "Simba-huizen",
        "programme.village_family": "Dorpsgezinnen",
        "programme.minors_house": "Huis voor minderjarigen",
        "programme.family_support": "Gezinsversterking",
        "section.siblings": "Broers en zussen",
        "section.birth_family": "Herkomstgezin",
        "section.return_home": "Terugkeer naar huis",
        "section.development": "Ontwikkeling",
        "section.wellbeing": "Welzijn",
        "section.stability": "Stabiliteit",
        "col.figure": "Cijfer",
        "col.coverage": "dekking",
        "of": "{n} van {d}",
        "median": "mediaan {v}",
        "not_on_record": "niet genoteerd",
        "definitions": "Definities en grenzen",
        "limits": (
            "Wat deze cijfers niet kunnen zeggen: ze tellen wat genoteerd werd, niet wat "
            "ongenoteerd gebeurde; ze beschrijven kinderen in zorg, niet oud-deelnemers jaren "
            "later; een verandering tussen twee checks bewijst niet wat ze veroorzaakte; en "
            "kleine programma\u2019s geven veel onzekerheid, ook waar een cijfer verschijnt."
        ),
        "chart.shares": "Aandelen per programma (%)",
        "chart.wellbeing": "Laatste score per domein (kinderen, afgerond)",
        "rating.1": "1 ernstige zorg",
        "rating.2": "2 enige zorg",
        "rating.3": "3 goed",
        "rating.4": "4 zeer goed",
        "rating.not_applicable": "niet van toepassing",
        "change.better": "beter",
        "change.same": "gelijk",
        "change.worse": "slechter",
        "dim.care": "Zorg",
        "dim.food_security": "Voedselzekerheid",
        "dim.accommodation": "Huisvesting",
        "dim.physical_health": "Lichamelijke gezondheid",
        "dim.education_skills": "Onderwijs en vaardigheden",
        "dim.livelihood": "Bestaanszekerheid",
        "dim.protection_inclusion": "Bescherming en sociale inclusie",
        "dim.social_emotional": "Sociaal en emotioneel welzijn",
        "status.planned": "gepland",
        "status.happened": "doorgegaan",
        "status.cancelled": "afgezegd",
        "status.no_show": "niet komen opdagen",
        "who.family": "door het gezin",
        "who.child": "door het kind",
        "who.household": "door het zorggezin",
        "who.office": "door de dienst",
        "who.other": "door iemand anders",
        "who.not_recorded": "door wie: niet genoteerd",
        "outcome.return_home": "terug naar de ouders",
        "outcome.kinship": "netwerkpleegzorg",
        "outcome.other_placement": "een andere plaatsing",
        "outcome.adoption": "adoptie",
        "outcome.independent_living": "zelfstandig wonen",
        "outcome.other": "anders",
        "page": "pagina {n}",
    },
    "fr": {
        "title": "Chiffres de l\u2019accueil {year}",
        "period": "P\u00e9riode : du {start} au {end}",
        "intro": (
            "Ces chiffres sont calcul\u00e9s \u00e0 partir de ce que les foyers notent jour "
            "apr\u00e8s jour. Chacun donne combien (le num\u00e9rateur) sur combien (le "
            "d\u00e9nominateur), et sa couverture : pour combien des enfants concern\u00e9s "
            "les donn\u00e9es sont not\u00e9es. Les nombres sont arrondis \u00e0 5 ; un nombre "
            "de 1 \u00e0 4 appara\u00eet comme \u00ab < 5 \u00bb, et un chiffre portant sur "
            "moins de 5 enfants n\u2019affiche rien. Aucun enfant n\u2019y est reconnaissable."
        ),
        "programme.all": "Tous les programmes",
        "programme.simba": "Maisons Simba",
        "programme.village_family": "Familles du village",
        "programme.minors_house": "Maison des mineurs",
        "programme.family_support": "Renforcement familial",
        "section.siblings": "Fr\u00e8res et s\u0153urs",
        "section.birth_family": "Famille d\u2019origine",
        "section.return_home": "Retour en famille",
        "section.development": "D\u00e9veloppement",
        "section.wellbeing": "Bien-\u00eatre",
        "section.stability": "Stabilit\u00e9",
        "col.figure": "Chiffre",
        "col.coverage": "couverture",
        "of": "{n} sur {d}",
        "median": "m\u00e9diane {v}",
        "not_on_record": "non not\u00e9",
        "definitions": "D\u00e9finitions et limites",
        "limits": (
            "Ce que ces chiffres ne peuvent pas dire : ils comptent ce qui a \u00e9t\u00e9 "
            "not\u00e9, pas ce qui s\u2019est pass\u00e9 sans l\u2019\u00eatre ; ils "
            "d\u00e9crivent des enfants accueillis, pas d\u2019anciens participants des "
            "ann\u00e9es plus tard ; un changement entre deux bilans ne prouve pas ce qui l\u2019a "
            "caus\u00e9 ; et les petits programmes laissent une grande incertitude, m\u00eame "
            "quand un chiffre s\u2019affiche."
        ),
        "chart.shares": "Parts par programme (%)",
        "chart.wellbeing": "Derni\u00e8re note par dimension (enfants, arrondi)",
        "rating.1": "1 pr\u00e9occupation s\u00e9rieuse",
        "rating.2": "2 quelque pr\u00e9occupation",
        "rating.3": "3 bien",
        "rating.4": "4 tr\u00e8s bien",
        "rating.not_applicable": "sans objet",
        "change.better": "mieux",
        "change.same": "pareil",
        "change.worse": "moins bien",
        "dim.care": "Prise en charge",
        "dim.food_security": "S\u00e9curit\u00e9 alimentaire",
        "dim.accommodation": "Logement",
        "dim.physical_health": "Sant\u00e9 physique",
        "dim.education_skills": "\u00c9ducation et comp\u00e9tences",
        "dim.livelihood": "Moyens de subsistance",
        "dim.protection_inclusion": "Protection et inclusion sociale",
        "dim.social_emotional": "Bien-\u00eatre social et \u00e9motionnel",
        "status.planned": "pr\u00e9vus",
        "status.happened": "tenus",
        "status.cancelled": "annul\u00e9s",
        "status.no_show": "absence",
        "who.family": "par la famille",
        "who.child": "par l\u2019enfant",
        "who.household": "par le foyer",
        "who.office": "par le service",
        "who.other": "par quelqu\u2019un d\u2019autre",
        "who.not_recorded": "par qui : non not\u00e9",
        "outcome.return_home": "retour chez les parents",
        "outcome.kinship": "accueil dans la famille",
        "outcome.other_placement": "un autre placement",
        "outcome.adoption": "adoption",
        "outcome.independent_living": "vie autonome",
        "outcome.other": "autre",
        "page": "page {n}",
    },
}

# The figures' names, per language: key -> (en, nl, fr).
NAMES: dict[str, tuple[str, str, str]] = {
    "siblings.with_siblings": ("Children with brothers or sisters in care",
                               "Kinderen met broers of zussen in zorg",
                               "Enfants ayant des fr\u00e8res ou s\u0153urs accueillis"),
    "siblings.placed_together": ("... of whom placed together", "... van wie samen geplaatst",
                                 "... dont plac\u00e9s ensemble"),
    "siblings.apart_days_between_contacts": (
        "Apart: days between contacts with a brother or sister",
        "Apart: dagen tussen contacten met een broer of zus",
        "S\u00e9par\u00e9s : jours entre deux contacts avec un fr\u00e8re ou une s\u0153ur"),
    "siblings.apart_contact_last_30_days": (
        "Apart: a contact in the last 30 days", "Apart: een contact in de laatste 30 dagen",
        "S\u00e9par\u00e9s : un contact dans les 30 derniers jours"),
    "birth_family.contacts": ("Contacts with the birth family", "Contacten met het "
                              "herkomstgezin", "Contacts avec la famille d\u2019origine"),
    "birth_family.cancelled_by": ("Cancelled contacts", "Afgezegde contacten",
                                  "Contacts annul\u00e9s"),
    "birth_family.held_every_month": (
        "Children with a held contact every month", "Kinderen met elke maand een contact",
        "Enfants avec un contact tenu chaque mois"),
    "return_home.placements_closed": ("Placements that ended", "Be\u00ebindigde plaatsingen",
                                      "Placements termin\u00e9s"),
    "return_home.outcome": ("Placements ended, by outcome", "Be\u00ebindigd, naar uitkomst",
                            "Termin\u00e9s, selon l\u2019issue"),
    "development.cdc": ("CDC milestones achieved by the end of their band",
                        "CDC-mijlpalen bereikt tegen het einde van hun leeftijdsband",
                        "\u00c9tapes CDC atteintes \u00e0 la fin de leur tranche d\u2019\u00e2ge"),
    "development.who": ("WHO motor milestones reached within their window",
                        "WHO-motoriekmijlpalen bereikt binnen hun venster",
                        "\u00c9tapes motrices OMS atteintes dans leur fen\u00eatre"),
    "development.living": ("Independent-living skills achieved by 18",
                           "Zelfstandigheidsvaardigheden bereikt tegen 18 jaar",
                           "Comp\u00e9tences d\u2019autonomie acquises \u00e0 18 ans"),
    "wellbeing.checked": ("Children with a well-being check", "Kinderen met een welzijnscheck",
                          "Enfants avec un bilan de bien-\u00eatre"),
    "stability.caregivers_writing": (
        "Caregivers writing a child's daily logs", "Zorgfiguren die het dagboek van een kind "
        "schrijven", "Accueillants \u00e9crivant le journal d\u2019un enfant"),
    "stability.moves": ("Moves between households", "Verhuizen tussen gezinnen",
                        "D\u00e9m\u00e9nagements entre foyers"),
}  # fmt: skip

# The definitions in Dutch and French (English: ``definitions.DEFINITIONS``).
DEFINITIONS: dict[str, dict[str, str]] = {
    "nl": {
        "siblings.with_siblings": "Kinderen in zorg op de laatste dag van de periode met minstens "
        "een broer of zus die die dag ook in zorg is (dezelfde broer-zusgroep op hun fiche, in "
        "welk gezin ook), van alle kinderen in zorg die dag. Dekking: kinderen van wie de fiche "
        "een broer-zusgroep of een broer of zus noemt.",
        "siblings.placed_together": "Van de kinderen met broers of zussen in zorg op de laatste "
        "dag: zij die in hetzelfde gezin wonen als al die broers en zussen.",
        "siblings.apart_days_between_contacts": "Voor kinderen die apart wonen van een broer of "
        "zus in zorg: de mediaan over de kinderen van het mediaan aantal dagen tussen twee "
        "doorgegane contacten met een broer of zus. Dekking: kinderen met minstens twee zulke "
        "contacten. Alleen getoond als minstens 5 kinderen het geven.",
        "siblings.apart_contact_last_30_days": "Van de kinderen die apart wonen van een broer of "
        "zus: zij met een doorgegaan contact in de laatste 30 dagen van de periode.",
        "birth_family.contacts": "Contacten met het herkomstgezin (ouders, grootouders, tantes en "
        "ooms, andere familie; geen broers en zussen) in de periode, naar hun toestand.",
        "birth_family.cancelled_by": "Afgezegde contacten naar wie afzegde, waar de notitie dat "
        "zegt. Dekking: afgezegde contacten die zeggen wie afzegde.",
        "birth_family.held_every_month": "Kinderen met minstens een doorgegaan contact met hun "
        "herkomstgezin in elke volle kalendermaand dat ze in zorg waren. Dekking: kinderen met "
        "een familielid op hun fiche.",
        "return_home.placements_closed": "Plaatsingen die in de periode eindigden. Dekking: die "
        "waarvan de fiche zegt waar het kind naartoe ging, zoals de begeleider of de centrale "
        "dienst het noteerde bij het afsluiten van de plaatsing.",
        "return_home.outcome": "Plaatsingen die eindigden, naar uitkomst.",
        "development.cdc": "CDC-mijlpalen waarvan de leeftijdsband in de periode afliep, en "
        "daarvan de mijlpalen die tegen dan als bereikt genoteerd waren. Telt mijlpalen.",
        "development.who": "WHO-motoriekmijlpalen waarvan het venster in de periode afliep, en "
        "daarvan die tegen dan bereikt waren. Telt mijlpalen.",
        "development.living": "Zelfstandigheidsvaardigheden van jongeren die in de periode 18 "
        "werden in zorg, en daarvan die tegen hun 18de verjaardag bereikt waren.",
        "wellbeing.checked": "Kinderen in zorg in de periode met minstens een welzijnscheck.",
        "wellbeing.rating": "Per domein: de score van de laatste check in de periode, van de "
        "kinderen met een score op dat domein.",
        "wellbeing.change": "Per domein: tussen de eerste en laatste check van de periode beter, "
        "gelijk of slechter.",
        "stability.caregivers_writing": "De mediaan over de kinderen van het aantal zorgfiguren "
        "die hun dagboek schreven in de periode.",
        "stability.moves": "Verhuizen van een kind naar een ander gezin. Geen fiche verbindt de "
        "plaatsingen van een kind in twee gezinnen: dit kan niet geteld worden.",
    },
    "fr": {
        "siblings.with_siblings": "Enfants accueillis le dernier jour de la p\u00e9riode ayant au "
        "moins un fr\u00e8re ou une s\u0153ur accueilli ce jour-l\u00e0 (le m\u00eame groupe de "
        "fratrie sur leur fiche, dans n\u2019importe quel foyer), sur tous les enfants accueillis "
        "ce jour-l\u00e0. Couverture : enfants dont la fiche nomme une fratrie.",
        "siblings.placed_together": "Parmi les enfants ayant des fr\u00e8res ou s\u0153urs "
        "accueillis : ceux qui vivent dans le m\u00eame foyer que tous.",
        "siblings.apart_days_between_contacts": "Pour les enfants s\u00e9par\u00e9s d\u2019un "
        "fr\u00e8re ou d\u2019une s\u0153ur : la m\u00e9diane, sur les enfants, du nombre "
        "m\u00e9dian de jours entre deux contacts tenus. Couverture : enfants avec au moins deux "
        "tels contacts. Affich\u00e9e seulement si au moins 5 enfants la donnent.",
        "siblings.apart_contact_last_30_days": "Parmi les enfants s\u00e9par\u00e9s d\u2019un "
        "fr\u00e8re ou d\u2019une s\u0153ur : ceux avec un contact tenu dans les 30 derniers "
        "jours de la p\u00e9riode.",
        "birth_family.contacts": "Contacts avec la famille d\u2019origine (parents, grands-parents,"
        " oncles et tantes, autres ; pas les fr\u00e8res et s\u0153urs) dans la p\u00e9riode, "
        "selon leur \u00e9tat.",
        "birth_family.cancelled_by": "Contacts annul\u00e9s selon qui a annul\u00e9, quand la "
        "note le dit. Couverture : contacts annul\u00e9s qui le disent.",
        "birth_family.held_every_month": "Enfants ayant eu au moins un contact tenu avec leur "
        "famille d\u2019origine chaque mois civil complet d\u2019accueil. Couverture : enfants "
        "dont un membre de la famille est not\u00e9.",
        "return_home.placements_closed": "Placements termin\u00e9s dans la p\u00e9riode. "
        "Couverture : ceux dont la fiche dit o\u00f9 l\u2019enfant est all\u00e9, tel que "
        "le superviseur ou le bureau central l\u2019a not\u00e9 en cl\u00f4turant le "
        "placement.",
        "return_home.outcome": "Placements termin\u00e9s, selon l\u2019issue.",
        "development.cdc": "\u00c9tapes CDC dont la tranche d\u2019\u00e2ge s\u2019est "
        "termin\u00e9e dans la p\u00e9riode, et parmi elles celles not\u00e9es atteintes \u00e0 "
        "temps. Compte des \u00e9tapes.",
        "development.who": "\u00c9tapes motrices OMS dont la fen\u00eatre s\u2019est "
        "termin\u00e9e dans la p\u00e9riode, et celles atteintes \u00e0 temps.",
        "development.living": "Comp\u00e9tences d\u2019autonomie des jeunes ayant eu 18 ans en "
        "accueil dans la p\u00e9riode, et celles acquises \u00e0 leurs 18 ans.",
        "wellbeing.checked": "Enfants accueillis dans la p\u00e9riode avec au moins un bilan.",
        "wellbeing.rating": "Par dimension : la note du dernier bilan de la p\u00e9riode, sur "
        "les enfants not\u00e9s dans cette dimension.",
        "wellbeing.change": "Par dimension : entre le premier et le dernier bilan de la "
        "p\u00e9riode, mieux, pareil ou moins bien.",
        "stability.caregivers_writing": "La m\u00e9diane, sur les enfants, du nombre "
        "d\u2019accueillants ayant \u00e9crit leur journal dans la p\u00e9riode.",
        "stability.moves": "D\u00e9m\u00e9nagements d\u2019un enfant vers un autre foyer. "
        "Aucune fiche ne relie les placements d\u2019un enfant dans deux foyers : ils ne "
        "peuvent pas \u00eatre compt\u00e9s.",
    },
}


def words(lang: str) -> dict[str, str]:
    return {**WORDS["en"], **WORDS.get(lang, {})}


def name(key: str, lang: str) -> str:
    """The figure's name in ``lang``; a per-dimension or per-value figure by its family."""
    index = {"en": 0, "nl": 1, "fr": 2}.get(lang, 0)
    for end in range(key.count(".") + 1, 0, -1):
        prefix = ".".join(key.split(".")[:end])
        if prefix in NAMES:
            return NAMES[prefix][index]
    return key


def definition(key: str, english: str, lang: str) -> str:
    """The definition of a figure (its family's) in ``lang``."""
    table = DEFINITIONS.get(lang)
    if table is None:
        return english
    parts = key.split(".")
    candidates = [".".join(parts[:end]) for end in range(len(parts), 0, -1)]
    if len(parts) == 3:
        candidates.append(f"{parts[0]}.{parts[2].split('_', 1)[0]}")
    return next((table[c] for c in candidates if c in table), english)
