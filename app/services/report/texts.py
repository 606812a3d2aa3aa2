"""The period report's own words in Dutch, French and English, and its dates.

The report is made below the UI (the CLI prints it too), where Qt's translator
is not available; so its words live here, as one dictionary per language with
``{named}`` placeholders. The vocabulary follows the app's translation files
(``translations/thuisboek_*.ts``): a supervisor reads the same words on paper
as on screen. Translators: every key of ``EN`` must exist in ``NL`` and ``FR``
(a unit test checks it, and that the placeholders match).

Dates are spelled out per language ("23 november 2026", "1er novembre 2026",
"23 November 2026") by this module, never through the operating system's
locale, which differs between the laptops and may lack Dutch or French.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

LANGUAGES: Final = ("nl", "fr", "en")
DEFAULT_LANGUAGE: Final = "nl"

EN: Final[dict[str, str]] = {
    # Every page
    "confidential": "CONFIDENTIAL",
    "page": "Page {page} of {pages}",
    "footer": "Period report · {period}",
    # Cover
    "title": "Period report",
    "child": "Child",
    "born": "Date of birth",
    "placed": "Placed since",
    "placement_ended": "Placement ended",
    "household": "Household",
    "period": "Period",
    "period_value": "{start} – {end}",
    "printed_by": "Printed by",
    "printed_on": "Printed on",
    "at_time": "{date} at {time}",
    "confidential_notice": (
        "This report holds personal data of a child in care. Keep it safe and share it "
        "only with the people who need it for the child's care plan; do not copy it "
        "or pass it on. Records are shown as they were written: corrections are added "
        "with their reason, the original stays."
    ),
    # Summary
    "summary": "Summary",
    "days_logged": "Days with a daily log",
    "days_of": "{days} of {total} days",
    "logs": "Daily logs",
    "incidents": "Incidents",
    "incidents_detail": "severity: {counts}",
    "observations": "Milestone observations",
    "contacts": "Contacts with the family",
    "relative": "Relative",
    "relation": "Relation",
    "held": "Held",
    "cancelled": "Cancelled",
    "no_show": "No-show",
    "planned": "Planned",
    "no_relatives": "No relatives are recorded for this child.",
    "milestones_reached": "Milestones reached in the period",
    "no_milestones": "No milestone was reached in this period.",
    "date": "Date",
    "milestone": "Milestone",
    "area": "Area",
    "empty": "Nothing was recorded for {name} in this period.",
    "counting_note": (
        "Counts use the latest version of each entry: a visit corrected from "
        "“happened” to “no-show” counts as a no-show. A milestone counts as reached "
        "in the period when it was first seen as achieved in it."
    ),
    # Charts
    "charts": "Charts",
    "chart_logs_week": "Daily logs and incidents per week",
    "chart_logs_month": "Daily logs and incidents per month",
    "chart_logs_year": "Daily logs and incidents per year",
    "chart_mood_week": "Average mood per week (1 = very sad, 5 = very happy)",
    "chart_mood_month": "Average mood per month (1 = very sad, 5 = very happy)",
    "chart_mood_year": "Average mood per year (1 = very sad, 5 = very happy)",
    "chart_contacts": "Contacts per relative",
    "chart_milestones": "Milestones reached per area",
    "week_of": "week of {date}",
    # Entries
    "entries": "Entries in date order",
    "kind_daily_log": "Daily log",
    "kind_contact_note": "Contact",
    "kind_milestone_observation": "Milestone",
    "by": "by {name}",
    "unknown_person": "unknown",
    "removed": "(removed)",
    "with": "With",
    "mood": "Mood",
    "mood_value": "{word} ({mood}/5)",
    "sleep": "Sleep",
    "eating": "Eating",
    "health": "Health",
    "medication": "Medication given",
    "school": "School or daycare",
    "activities": "Activities",
    "moments": "Notable moments",
    "text": "Other remarks",
    "notes": "Notes",
    "incident": "Incident",
    "incident_severity": "INCIDENT (severity: {severity})",
    "severity": "Severity",
    "incident_yes": "yes, severity {severity}",
    "amended": "amended",
    "kind": "Kind of contact",
    "status": "Status",
    "duration": "Duration",
    "place": "Place",
    "before": "Before",
    "during": "During",
    "after": "After",
    "agreements": "Agreements",
    "follow_up": "Follow-up",
    "minutes": "{minutes} min",
    "hours": "{hours} h",
    "hours_minutes": "{hours} h {minutes} min",
    "note": "Note",
    "amendment": "Amendment of {date} by {name}",
    "reason": "Reason",
    "was": "was: {value}",
    "emptied": "(emptied)",
    "no_change": "No field was changed.",
    "review_reviewed": "Reviewed by {name}, {date}",
    "review_question": "Question from {name}, {date}",
    "review_follow_up": "Follow-up asked by {name}, {date}",
    "review_answer": "Answer from {name}, {date}",
    "yes": "yes",
    "no": "no",
    # Enumerations
    "mood_1": "Very sad",
    "mood_2": "Sad",
    "mood_3": "Okay",
    "mood_4": "Happy",
    "mood_5": "Very happy",
    "severity_low": "low",
    "severity_medium": "medium",
    "severity_high": "high",
    "contact_visit": "Visit",
    "contact_supervised_visit": "Supervised visit",
    "contact_phone": "Phone call",
    "contact_video": "Video call",
    "contact_letter": "Letter or message",
    "status_planned": "Planned",
    "status_happened": "Happened",
    "status_cancelled": "Cancelled",
    "status_no_show": "No-show",
    "relation_mother": "Mother",
    "relation_father": "Father",
    "relation_sibling": "Sibling",
    "relation_half_sibling": "Half-sibling",
    "relation_grandparent": "Grandparent",
    "relation_aunt_uncle": "Aunt or uncle",
    "relation_other": "Other",
    "relation_guardian": "Guardian",
    "relation_lawyer": "Lawyer",
    # Daily care
    "care": "Daily care",
    "care_goals": "Care-plan goals",
    "goal": "Goal and what moved it",
    "goal_area": "Area",
    "goal_status": "Status",
    "goal_review": "Review on {date}",
    "goal_status_open": "Open",
    "goal_status_progressing": "Progressing",
    "goal_status_reached": "Reached",
    "goal_status_dropped": "Dropped",
    "goal_linked_daily_log": "Daily log",
    "goal_linked_contact_note": "Contact note",
    "area_care": "Care",
    "area_food_security": "Food security",
    "area_accommodation": "Accommodation",
    "area_physical_health": "Physical health",
    "area_education": "Education and skills",
    "area_livelihood": "Livelihood",
    "area_protection": "Protection and social inclusion",
    "area_social_emotional": "Social and emotional well-being",
    "area_independent_living": "Independent living",
    "no_goals": "No care-plan goals in this period.",
    "care_appointments": "Appointments",
    "appointment": "Appointment",
    "appointment_outcome": "What happened",
    "appointment_doctor": "Doctor",
    "appointment_dentist": "Dentist",
    "appointment_therapist": "Therapist",
    "appointment_school_meeting": "School meeting",
    "appointment_youth_court": "Youth court",
    "appointment_family_visit": "Family visit",
    "appointment_other": "Other appointment",
    "appointment_outcome_happened": "Took place",
    "appointment_outcome_cancelled": "Cancelled",
    "appointment_outcome_missed": "Missed",
    "no_appointments": "No appointments in this period.",
    "care_medication": "Medication",
    "medicine": "Medicine",
    "dose_given": "Given",
    "dose_refused": "Refused",
    "dose_skipped": "Skipped",
    "dose_not_noted": "Not noted",
    "no_medication": "No medication in this period.",
    "not_prescribing": (
        "The medication list copies what the doctor prescribed; Thuisboek is not a "
        "prescribing tool. A dose not noted two hours after its time counts as not noted."
    ),
    "milestone_not_yet": "Not yet",
    "milestone_emerging": "Emerging",
    "milestone_achieved": "Achieved",
    "household_simba": "Professional care family (Simba home)",
    "household_village_family": "SOS family in the children's village",
    "household_minors_house": "Small house for unaccompanied minors",
    "household_family_support": "Family support",
}

NL: Final[dict[str, str]] = {
    "confidential": "VERTROUWELIJK",
    "page": "Pagina {page} van {pages}",
    "footer": "Periodeverslag · {period}",
    "title": "Periodeverslag",
    "child": "Kind",
    "born": "Geboortedatum",
    "placed": "Geplaatst sinds",
    "placement_ended": "Plaatsing beëindigd",
    "household": "Gezin",
    "period": "Periode",
    "period_value": "{start} – {end}",
    "printed_by": "Afgedrukt door",
    "printed_on": "Afgedrukt op",
    "at_time": "{date} om {time}",
    "confidential_notice": (
        "Dit verslag bevat persoonsgegevens van een geplaatst kind. Bewaar het veilig en "
        "deel het alleen met wie het nodig heeft voor het handelingsplan van het kind; "
        "kopieer het niet en geef het niet door. De notities staan er zoals ze "
        "geschreven werden: een correctie wordt met haar reden toegevoegd, het "
        "origineel blijft staan."
    ),
    "summary": "Samenvatting",
    "days_logged": "Dagen met een verslag",
    "days_of": "{days} van {total} dagen",
    "logs": "Dagverslagen",
    "incidents": "Incidenten",
    "incidents_detail": "ernst: {counts}",
    "observations": "Waarnemingen van mijlpalen",
    "contacts": "Contacten met de familie",
    "relative": "Familielid",
    "relation": "Relatie",
    "held": "Doorgegaan",
    "cancelled": "Geannuleerd",
    "no_show": "Niet gekomen",
    "planned": "Gepland",
    "no_relatives": "Er zijn geen familieleden genoteerd voor dit kind.",
    "milestones_reached": "Mijlpalen bereikt in de periode",
    "no_milestones": "In deze periode werd geen mijlpaal bereikt.",
    "date": "Datum",
    "milestone": "Mijlpaal",
    "area": "Domein",
    "empty": "Voor {name} werd in deze periode niets genoteerd.",
    "counting_note": (
        "De tellingen gebruiken de laatste versie van elke notitie: een bezoek dat van "
        "„doorgegaan” naar „niet gekomen” gecorrigeerd werd, telt als niet gekomen. Een "
        "mijlpaal telt als bereikt in de periode als hij er voor het eerst als bereikt "
        "werd waargenomen."
    ),
    "charts": "Grafieken",
    "chart_logs_week": "Dagverslagen en incidenten per week",
    "chart_logs_month": "Dagverslagen en incidenten per maand",
    "chart_logs_year": "Dagverslagen en incidenten per jaar",
    "chart_mood_week": "Gemiddelde stemming per week (1 = heel verdrietig, 5 = heel blij)",
    "chart_mood_month": "Gemiddelde stemming per maand (1 = heel verdrietig, 5 = heel blij)",
    "chart_mood_year": "Gemiddelde stemming per jaar (1 = heel verdrietig, 5 = heel blij)",
    "chart_contacts": "Contacten per familielid",
    "chart_milestones": "Bereikte mijlpalen per domein",
    "week_of": "week van {date}",
    "entries": "Notities in volgorde van datum",
    "kind_daily_log": "Dagverslag",
    "kind_contact_note": "Contact",
    "kind_milestone_observation": "Mijlpaal",
    "by": "door {name}",
    "unknown_person": "onbekend",
    "removed": "(verwijderd)",
    "with": "Met",
    "mood": "Stemming",
    "mood_value": "{word} ({mood}/5)",
    "sleep": "Slaap",
    "eating": "Eten",
    "health": "Gezondheid",
    "medication": "Medicatie gegeven",
    "school": "School of kinderdagverblijf",
    "activities": "Activiteiten",
    "moments": "Bijzondere momenten",
    "text": "Andere opmerkingen",
    "notes": "Notities",
    "incident": "Incident",
    "incident_severity": "INCIDENT (ernst: {severity})",
    "severity": "Ernst",
    "incident_yes": "ja, ernst {severity}",
    "amended": "gecorrigeerd",
    "kind": "Soort contact",
    "status": "Status",
    "duration": "Duur",
    "place": "Plaats",
    "before": "Vooraf",
    "during": "Tijdens",
    "after": "Achteraf",
    "agreements": "Afspraken",
    "follow_up": "Opvolging",
    "minutes": "{minutes} min",
    "hours": "{hours} u",
    "hours_minutes": "{hours} u {minutes} min",
    "note": "Notitie",
    "amendment": "Correctie van {date} door {name}",
    "reason": "Reden",
    "was": "was: {value}",
    "emptied": "(leeggemaakt)",
    "no_change": "Er werd geen veld gewijzigd.",
    "review_reviewed": "Nagekeken door {name}, {date}",
    "review_question": "Vraag van {name}, {date}",
    "review_follow_up": "Opvolging gevraagd door {name}, {date}",
    "review_answer": "Antwoord van {name}, {date}",
    "yes": "ja",
    "no": "nee",
    "mood_1": "Heel verdrietig",
    "mood_2": "Verdrietig",
    "mood_3": "Gaat wel",
    "mood_4": "Blij",
    "mood_5": "Heel blij",
    "severity_low": "laag",
    "severity_medium": "gemiddeld",
    "severity_high": "hoog",
    "contact_visit": "Bezoek",
    "contact_supervised_visit": "Begeleid bezoek",
    "contact_phone": "Telefoongesprek",
    "contact_video": "Videogesprek",
    "contact_letter": "Brief of bericht",
    "status_planned": "Gepland",
    "status_happened": "Doorgegaan",
    "status_cancelled": "Geannuleerd",
    "status_no_show": "Niet gekomen",
    "relation_mother": "Moeder",
    "relation_father": "Vader",
    "relation_sibling": "Broer of zus",
    "relation_half_sibling": "Halfbroer of halfzus",
    "relation_grandparent": "Grootouder",
    "relation_aunt_uncle": "Tante of oom",
    "relation_other": "Andere",
    "relation_guardian": "Voogd",
    "relation_lawyer": "Advocaat",
    # Daily care
    "care": "Dagelijkse zorg",
    "care_goals": "Doelen van het zorgplan",
    "goal": "Doel en wat het verder bracht",
    "goal_area": "Domein",
    "goal_status": "Stand",
    "goal_review": "Evaluatie op {date}",
    "goal_status_open": "Open",
    "goal_status_progressing": "Op weg",
    "goal_status_reached": "Bereikt",
    "goal_status_dropped": "Losgelaten",
    "goal_linked_daily_log": "Dagverslag",
    "goal_linked_contact_note": "Contactverslag",
    "area_care": "Zorg",
    "area_food_security": "Voedselzekerheid",
    "area_accommodation": "Huisvesting",
    "area_physical_health": "Lichamelijke gezondheid",
    "area_education": "Onderwijs en vaardigheden",
    "area_livelihood": "Bestaanszekerheid",
    "area_protection": "Bescherming en sociale inclusie",
    "area_social_emotional": "Sociaal en emotioneel welzijn",
    "area_independent_living": "Zelfstandig wonen",
    "no_goals": "Geen doelen van het zorgplan in deze periode.",
    "care_appointments": "Afspraken",
    "appointment": "Afspraak",
    "appointment_outcome": "Wat er gebeurde",
    "appointment_doctor": "Arts",
    "appointment_dentist": "Tandarts",
    "appointment_therapist": "Therapeut",
    "appointment_school_meeting": "Gesprek op school",
    "appointment_youth_court": "Jeugdrechter",
    "appointment_family_visit": "Familiebezoek",
    "appointment_other": "Andere afspraak",
    "appointment_outcome_happened": "Ging door",
    "appointment_outcome_cancelled": "Afgezegd",
    "appointment_outcome_missed": "Gemist",
    "no_appointments": "Geen afspraken in deze periode.",
    "care_medication": "Medicatie",
    "medicine": "Geneesmiddel",
    "dose_given": "Gegeven",
    "dose_refused": "Geweigerd",
    "dose_skipped": "Overgeslagen",
    "dose_not_noted": "Niet genoteerd",
    "no_medication": "Geen medicatie in deze periode.",
    "not_prescribing": (
        "De medicatielijst neemt over wat de arts voorschreef; Thuisboek schrijft geen "
        "medicatie voor. Een dosis die twee uur na haar tijdstip niet genoteerd is, telt "
        "als niet genoteerd."
    ),
    "milestone_not_yet": "Nog niet",
    "milestone_emerging": "In ontwikkeling",
    "milestone_achieved": "Bereikt",
    "household_simba": "Professioneel opvanggezin (Simba-huis)",
    "household_village_family": "SOS-gezin in het kinderdorp",
    "household_minors_house": "Kleine woning voor niet-begeleide minderjarigen",
    "household_family_support": "Gezinsondersteuning",
}

FR: Final[dict[str, str]] = {
    "confidential": "CONFIDENTIEL",
    "page": "Page {page} sur {pages}",
    "footer": "Rapport de période · {period}",
    "title": "Rapport de période",
    "child": "Enfant",
    "born": "Date de naissance",
    "placed": "Début du placement",
    "placement_ended": "Fin du placement",
    "household": "Foyer",
    "period": "Période",
    "period_value": "du {start} au {end}",
    "printed_by": "Imprimé par",
    "printed_on": "Imprimé le",
    "at_time": "{date} à {time}",
    "confidential_notice": (
        "Ce rapport contient des données personnelles d’un enfant placé. Conservez-le "
        "en lieu sûr et ne le partagez qu’avec les personnes qui en ont besoin pour le "
        "projet de l’enfant ; ne le copiez pas et ne le transmettez pas. Les notes "
        "figurent telles qu’elles ont été écrites : une correction est ajoutée avec son "
        "motif, l’original reste."
    ),
    "summary": "Résumé",
    "days_logged": "Jours avec un journal",
    "days_of": "{days} sur {total} jours",
    "logs": "Journaux du jour",
    "incidents": "Incidents",
    "incidents_detail": "gravité : {counts}",
    "observations": "Observations d’étapes",
    "contacts": "Contacts avec la famille",
    "relative": "Proche",
    "relation": "Lien",
    "held": "Ont eu lieu",
    "cancelled": "Annulés",
    "no_show": "Absences",
    "planned": "Prévus",
    "no_relatives": "Aucun proche n’est enregistré pour cet enfant.",
    "milestones_reached": "Étapes acquises pendant la période",
    "no_milestones": "Aucune étape n’a été acquise pendant cette période.",
    "date": "Date",
    "milestone": "Étape",
    "area": "Domaine",
    "empty": "Rien n’a été noté pour {name} pendant cette période.",
    "counting_note": (
        "Les comptes utilisent la dernière version de chaque note : une visite corrigée "
        "de « a eu lieu » en « absent » compte comme une absence. Une étape compte comme "
        "acquise pendant la période si elle y a été observée acquise pour la première fois."
    ),
    "charts": "Graphiques",
    "chart_logs_week": "Journaux et incidents par semaine",
    "chart_logs_month": "Journaux et incidents par mois",
    "chart_logs_year": "Journaux et incidents par an",
    "chart_mood_week": "Humeur moyenne par semaine (1 = très triste, 5 = très content)",
    "chart_mood_month": "Humeur moyenne par mois (1 = très triste, 5 = très content)",
    "chart_mood_year": "Humeur moyenne par an (1 = très triste, 5 = très content)",
    "chart_contacts": "Contacts par proche",
    "chart_milestones": "Étapes acquises par domaine",
    "week_of": "semaine du {date}",
    "entries": "Notes par ordre de date",
    "kind_daily_log": "Journal du jour",
    "kind_contact_note": "Contact",
    "kind_milestone_observation": "Étape du développement",
    "by": "par {name}",
    "unknown_person": "inconnu",
    "removed": "(retiré)",
    "with": "Avec",
    "mood": "Humeur",
    "mood_value": "{word} ({mood}/5)",
    "sleep": "Sommeil",
    "eating": "Repas",
    "health": "Santé",
    "medication": "Médicaments donnés",
    "school": "École ou crèche",
    "activities": "Activités",
    "moments": "Moments marquants",
    "text": "Autres remarques",
    "notes": "Notes",
    "incident": "Incident",
    "incident_severity": "INCIDENT (gravité : {severity})",
    "severity": "Gravité",
    "incident_yes": "oui, gravité {severity}",
    "amended": "corrigé",
    "kind": "Type de contact",
    "status": "Statut",
    "duration": "Durée",
    "place": "Lieu",
    "before": "Avant",
    "during": "Pendant",
    "after": "Après",
    "agreements": "Accords",
    "follow_up": "Suivi",
    "minutes": "{minutes} min",
    "hours": "{hours} h",
    "hours_minutes": "{hours} h {minutes} min",
    "note": "Note",
    "amendment": "Correction du {date} par {name}",
    "reason": "Motif",
    "was": "avant : {value}",
    "emptied": "(vidé)",
    "no_change": "Aucun champ n’a été modifié.",
    "review_reviewed": "Relu par {name}, le {date}",
    "review_question": "Question de {name}, le {date}",
    "review_follow_up": "Suivi demandé par {name}, le {date}",
    "review_answer": "Réponse de {name}, le {date}",
    "yes": "oui",
    "no": "non",
    "mood_1": "Très triste",
    "mood_2": "Triste",
    "mood_3": "Ça va",
    "mood_4": "Content",
    "mood_5": "Très content",
    "severity_low": "faible",
    "severity_medium": "moyenne",
    "severity_high": "élevée",
    "contact_visit": "Visite",
    "contact_supervised_visit": "Visite encadrée",
    "contact_phone": "Appel téléphonique",
    "contact_video": "Appel vidéo",
    "contact_letter": "Lettre ou message",
    "status_planned": "Prévu",
    "status_happened": "A eu lieu",
    "status_cancelled": "Annulé",
    "status_no_show": "Absent (sans prévenir)",
    "relation_mother": "Mère",
    "relation_father": "Père",
    "relation_sibling": "Frère ou sœur",
    "relation_half_sibling": "Demi-frère ou demi-sœur",
    "relation_grandparent": "Grand-parent",
    "relation_aunt_uncle": "Tante ou oncle",
    "relation_other": "Autre",
    "relation_guardian": "Tuteur",
    "relation_lawyer": "Avocat",
    # Daily care
    "care": "Soins au quotidien",
    "care_goals": "Objectifs du plan de soins",
    "goal": "Objectif et ce qui l’a fait avancer",
    "goal_area": "Domaine",
    "goal_status": "État",
    "goal_review": "Évaluation le {date}",
    "goal_status_open": "Ouvert",
    "goal_status_progressing": "En progrès",
    "goal_status_reached": "Atteint",
    "goal_status_dropped": "Abandonné",
    "goal_linked_daily_log": "Journal du jour",
    "goal_linked_contact_note": "Note de contact",
    "area_care": "Soins",
    "area_food_security": "Sécurité alimentaire",
    "area_accommodation": "Logement",
    "area_physical_health": "Santé physique",
    "area_education": "Éducation et compétences",
    "area_livelihood": "Moyens de subsistance",
    "area_protection": "Protection et inclusion sociale",
    "area_social_emotional": "Bien-être social et émotionnel",
    "area_independent_living": "Vie autonome",
    "no_goals": "Aucun objectif du plan de soins pour cette période.",
    "care_appointments": "Rendez-vous",
    "appointment": "Rendez-vous",
    "appointment_outcome": "Ce qui s’est passé",
    "appointment_doctor": "Médecin",
    "appointment_dentist": "Dentiste",
    "appointment_therapist": "Thérapeute",
    "appointment_school_meeting": "Réunion à l’école",
    "appointment_youth_court": "Juge de la jeunesse",
    "appointment_family_visit": "Visite familiale",
    "appointment_other": "Autre rendez-vous",
    "appointment_outcome_happened": "A eu lieu",
    "appointment_outcome_cancelled": "Annulé",
    "appointment_outcome_missed": "Manqué",
    "no_appointments": "Aucun rendez-vous pour cette période.",
    "care_medication": "Médicaments",
    "medicine": "Médicament",
    "dose_given": "Donnée",
    "dose_refused": "Refusée",
    "dose_skipped": "Sautée",
    "dose_not_noted": "Non notée",
    "no_medication": "Aucun médicament pour cette période.",
    "not_prescribing": (
        "La liste des médicaments recopie ce que le médecin a prescrit ; Thuisboek ne "
        "prescrit rien. Une dose non notée deux heures après son heure compte comme non notée."
    ),
    "milestone_not_yet": "Pas encore",
    "milestone_emerging": "En cours",
    "milestone_achieved": "Acquis",
    "household_simba": "Famille d’accueil professionnelle (maison Simba)",
    "household_village_family": "Famille SOS au village d’enfants",
    "household_minors_house": "Petite maison pour mineurs non accompagnés",
    "household_family_support": "Soutien aux familles",
}

TEXTS: Final[dict[str, dict[str, str]]] = {"nl": NL, "fr": FR, "en": EN}

MONTHS: Final[dict[str, tuple[str, ...]]] = {
    "nl": (
        "januari", "februari", "maart", "april", "mei", "juni",
        "juli", "augustus", "september", "oktober", "november", "december",
    ),
    "fr": (
        "janvier", "février", "mars", "avril", "mai", "juin",
        "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    ),
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
}  # fmt: skip
SHORT_MONTHS: Final[dict[str, tuple[str, ...]]] = {
    "nl": ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"),
    "fr": (
        "janv", "févr", "mars", "avr", "mai", "juin",
        "juil", "août", "sept", "oct", "nov", "déc",
    ),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}  # fmt: skip
WEEKDAYS: Final[dict[str, tuple[str, ...]]] = {
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}


class Texts:
    """The report's words in one language."""

    def __init__(self, lang: str) -> None:
        if lang not in TEXTS:
            raise ValueError(f"no report texts for language {lang!r}")
        self.lang = lang
        self._words = TEXTS[lang]

    def __call__(self, key: str, **params: object) -> str:
        text = self._words.get(key) or EN[key]
        return text.format(**params) if params else text

    def date(self, day: dt.date) -> str:
        """23 november 2026 · 1er novembre 2026 · 23 November 2026."""
        number = "1er" if self.lang == "fr" and day.day == 1 else str(day.day)
        return f"{number} {MONTHS[self.lang][day.month - 1]} {day.year}"

    def long_date(self, day: dt.date) -> str:
        """The date with its weekday: maandag 23 november 2026."""
        return f"{WEEKDAYS[self.lang][day.weekday()]} {self.date(day)}"

    def short_date(self, day: dt.date) -> str:
        """Day and short month, for chart axes: 23 nov."""
        return f"{day.day} {SHORT_MONTHS[self.lang][day.month - 1]}"

    def month(self, day: dt.date, *, year: bool = True) -> str:
        name = SHORT_MONTHS[self.lang][day.month - 1]
        return f"{name} {day.year % 100:02d}" if year else name

    def month_title(self, day: dt.date) -> str:
        """A month as a heading: Maart 2026 · Mars 2026 · March 2026."""
        name = MONTHS[self.lang][day.month - 1]
        return f"{name[0].upper()}{name[1:]} {day.year}"

    def time(self, moment: dt.datetime) -> str:
        if self.lang == "fr":
            return f"{moment.hour} h {moment.minute:02d}"
        return f"{moment.hour:02d}:{moment.minute:02d}"

    def moment(self, moment: dt.datetime) -> str:
        return self("at_time", date=self.date(moment.date()), time=self.time(moment))

    def period(self, start: dt.date, end: dt.date) -> str:
        return self("period_value", start=self.date(start), end=self.date(end))

    def duration(self, minutes: int) -> str:
        hours, rest = divmod(minutes, 60)
        if not hours:
            return self("minutes", minutes=rest)
        if not rest:
            return self("hours", hours=hours)
        return self("hours_minutes", hours=hours, minutes=rest)

    def colon(self, label: str) -> str:
        """A label before its value: "Humeur :" in French (a no-break space
        before the colon), "Mood:" otherwise."""
        return f"{label}\u00a0:" if self.lang == "fr" else f"{label}:"

    def enum(self, prefix: str, value: object) -> str:
        """The word for an enumeration value (``contact``, ``visit`` → Bezoek)."""
        raw = getattr(value, "value", value)
        key = f"{prefix}_{raw}"
        return self(key) if key in EN else str(raw)
