"""A realistic demo household, and large data sets for the benchmarks.

``fill`` gives a Simba home (a Flemish professional care family) a sibling
group of three young children from a bilingual Dutch/French family, their
birth family, and ``years`` years of daily logs, milestone observations and
contact notes that end today. ``fill_large`` writes many years of shorter logs
for many children, to measure the app on a store of realistic size.

Everything goes the app's own way: each record is checked, then stamped and
written with its outbox entry by ``RecordService``. In batch mode all of it
happens in few write transactions, so a year takes seconds, not minutes. The
same seed gives the same household, texts and counts; dates are relative to
``book.today()``.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Protocol

from app.domain.catalog import load_catalog
from app.domain.records import (
    Child,
    ContactKind,
    ContactNote,
    DailyLog,
    Household,
    HouseholdKind,
    MilestoneObservation,
    MilestoneStatus,
    Person,
    Record,
    RelationKind,
    Relative,
    Role,
    Severity,
)
from app.services.profile import NewProfile
from app.services.records import RecordService
from app.storage import repository
from app.storage.book import Book
from app.storage.store import Store

DEMO_PROFILE = NewProfile(
    display_name="An en Koen Verhulst",
    household_name="Simba-gezin Verhulst",
    household_kind=HouseholdKind.SIMBA,
)
RELIEF_CARER = "Sophie Lambert"
# The word a fixed number of entries per child holds in ``fill_large``, and
# nothing else: searches for it measure the index, not the luck of the draw.
LARGE_RARE_WORD = "brandweerkazerne"
LARGE_RARE_PER_CHILD = 4
LARGE_BATCH = 5_000
MONTH_DAYS = 30.4375


@dataclass(frozen=True)
class DemoSummary:
    household: str
    children: list[str]
    records: int


class _CatalogItem(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def catalog(self) -> str: ...
    @property
    def domain(self) -> str: ...
    @property
    def age_months(self) -> float | None: ...
    @property
    def window_start_months(self) -> float | None: ...
    @property
    def window_end_months(self) -> float | None: ...


# The people ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _KidTemplate:
    given_name: str
    girl: bool
    age_days: int  # age today
    traits: frozenset[str] = frozenset()


FAMILY_NAME = "Maes"
SIBLING_GROUP = "Maes-Dubois"
SCHOOL = "Basisschool De Regenboog, Ninove"
DAYCARE = "Kinderdagverblijf 't Kabouterhuis (ma, di, do)"
KIDS = (
    _KidTemplate("Louise", True, 5 * 365 + 123),
    _KidTemplate("Elias", False, 3 * 365 + 61, frozenset({"inhaler", "speech_delay"})),
    _KidTemplate("Noor", True, 426),
    _KidTemplate("Mila", True, 3 * 365 + 61),  # Elias's twin sister
)
KID_NOTES = {
    "Louise": "De oudste hier; voelt zich verantwoordelijk voor de kleintjes. "
    "Spreekt Nederlands op school, Frans met mama en oma.",
    "Elias": "Taalachterstand, logopedie op dinsdag. Astmatische bronchitis in de winter "
    "(puffer met voorzetkamer bij piepen, volgens de huisarts).",
    "Noor": "Rechtstreeks van de kraamafdeling bij ons gekomen. Opvolging Kind en Gezin.",
    "Mila": "Tweelingzus van Elias. Praat graag en veel, in beide talen.",
}


@dataclass
class _Kid:
    child: Child
    template: _KidTemplate
    log_start: date

    @property
    def name(self) -> str:
        return self.child.given_name

    def words(self, sibling: str) -> dict[str, str]:
        girl = self.template.girl
        return {
            "name": self.name,
            "sib": sibling,
            "hij": "zij" if girl else "hij",
            "Hij": "Zij" if girl else "Hij",
            "zijn": "haar" if girl else "zijn",
            "hem": "haar" if girl else "hem",
            "il": "elle" if girl else "il",
            "Il": "Elle" if girl else "Il",
            "e": "e" if girl else "",
        }


# Texts of the daily logs: Dutch (the care parents) and French (the relief carer) -----

BABY, TODDLER, PRESCHOOL = "baby", "toddler", "preschool"

SLEEP_NL = {
    BABY: (
        "Twee dutjes (voormiddag 1u, namiddag 2u). 's Nachts één keer wakker voor een "
        "flesje, daarna vlot terug in slaap.",
        "Slecht geslapen, tandjes? Drie keer wakker, getroost met de fopspeen.",
        "Goed doorgeslapen van 19u30 tot 6u45.",
        "Kort dutje van 45 minuten in de buggy tijdens de wandeling, verder weinig geslapen.",
        "Onrustige nacht, veel gewoeld. Om 4u wakker en pas om 5u30 terug in slaap.",
        "Twee lange dutjes in bed. Het avondritueel (badje, fles, slaapzak, liedje) loopt goed.",
        "Viel in slaap op de schoot van Koen na de fles.",
    ),
    TODDLER: (
        "Middagdutje van 1u30. 's Avonds om 19u45 in bed en meteen in slaap.",
        "Wilde geen middagdutje, wel rustig gespeeld op de kamer. Vroeg in bed.",
        "Nacht goed doorgeslapen.",
        "Om 2u wakker met een nare droom; even bij ons gelegen tot {hij} weer sliep.",
        "Lang wakker gelegen en liedjes gezongen in bed. Om 20u30 in slaap.",
        "Middagdutje in de auto op de terugweg, daardoor 's avonds laat in slaap.",
    ),
    PRESCHOOL: (
        "Vlot in slaap na het voorleesboek. Goed doorgeslapen.",
        "Lang wakker gelegen en veel vragen gesteld over mama. Om 21u in slaap.",
        "Geen middagdutje meer; 's avonds moe en om 19u30 in slaap.",
        "Vannacht in bed geplast, rustig verschoond. Er werd niet over gezeurd.",
        "Goed geslapen, om 7u uit zichzelf wakker.",
        "Wilde het licht in de gang aan laten. Daarna vlot in slaap.",
    ),
}
SLEEP_FR = {
    BABY: (
        "Deux siestes (matin et après-midi). Réveillé{e} une fois la nuit pour un biberon.",
        "Nuit agitée, sans doute les dents. Consolé{e} avec la tétine.",
        "A bien dormi de 19h30 à 6h30.",
    ),
    TODDLER: (
        "Sieste d'1h30 après le dîner. Couché{e} à 19h45, endormi{e} rapidement.",
        "Pas de sieste aujourd'hui, un peu grognon en fin de journée.",
        "Nuit calme, réveillé{e} à 7h.",
    ),
    PRESCHOOL: (
        "S'est endormi{e} après l'histoire du soir. Bonne nuit.",
        "A mis du temps à s'endormir, a parlé de sa maman.",
        "Bonne nuit, réveillé{e} tout{e} seul{e} à 7h.",
    ),
}
EATING_NL = {
    BABY: (
        "Vier flessen van 210 ml. Groentepap (wortel en pastinaak) 's middags helemaal op.",
        "Fruitpap met banaan en peer goed gegeten, wat minder melk gedronken.",
        "Voor het eerst zelf met de lepel geprobeerd: veel geknoei, veel plezier.",
        "Boterhamreepjes met smeerkaas en stukjes komkommer, alles zelf in de mond gestoken.",
        "Weinig gegeten, wilde enkel de fles.",
        "Kippenpap met broccoli; eerst gezichten getrokken, daarna alles op.",
    ),
    TODDLER: (
        "Goed gegeten: boterhammen met choco, 's avonds stoemp met worst.",
        "Kieskeurig: groenten aan de kant geschoven, wel soep gedronken.",
        "At twee borden spaghetti.",
        "Wilde niet aan tafel blijven zitten; halve portie gegeten.",
        "Fruit als vieruurtje (appel en mandarijn) helemaal op.",
        "Vissticks met puree en erwtjes, alles op.",
    ),
    PRESCHOOL: (
        "Brooddoos leeg mee naar huis gebracht.",
        "Warme maaltijd op school: vis met puree, volgens de juf goed gegeten.",
        "Hielp mee met de preisoep en at twee kommen.",
        "Stiekem van de koekjes gesnoept; even over gepraat.",
        "Weinig honger 's avonds, wel goed ontbeten.",
        "Zelf de boterhammen gesmeerd. Lekker gegeten.",
    ),
}
EATING_FR = {
    BABY: (
        "Biberon de 210 ml matin et soir, panade de légumes à midi.",
        "A bien mangé sa compote pomme-poire.",
    ),
    TODDLER: (
        "A bien mangé au souper (pâtes bolo).",
        "Tartines au fromage, en a redemandé.",
        "Peu d'appétit, a surtout bu de l'eau.",
    ),
    PRESCHOOL: (
        "Boîte à tartines vide au retour.",
        "A aidé à préparer le souper et a tout mangé.",
        "A chipoté avec les légumes mais a mangé la soupe.",
    ),
}
ACTIVITIES_NL = (
    "Naar de speeltuin in het park.",
    "Wandeling langs de Dender met de buggy en de loopfiets.",
    "Bib: drie nieuwe prentenboeken uitgekozen.",
    "Koekjes gebakken met z'n allen.",
    "Bij de buren de kippen gaan voeren.",
    "Regenachtige dag: binnen met blokken en puzzels gespeeld.",
    "Knutselen: herfstbladeren geplakt en geverfd.",
    "Naar de boerderij van de ouders van Koen, op de tractor gezeten.",
    "Zwemmen in het kleuterbad (watergewenning).",
    "Boodschappen gedaan en mee de kar geduwd.",
    "In de zandbak in de tuin gespeeld.",
    "Muziekje opgezet en gedanst in de living.",
)
ACTIVITIES_FR = (
    "Promenade au parc et balançoires.",
    "Bricolage: peinture avec les doigts.",
    "Lecture d'histoires en français, {il} adore « Petit Ours Brun ».",
    "Jeux dans le jardin avec le ballon.",
    "Visite à la bibliothèque.",
)
MOMENTS_NL = {
    BABY: (
        "Lachte hardop om de gekke bekken van Koen.",
        "Kruipt overal achter de kat aan.",
        "Zwaaide 'daag' naar de buurvrouw.",
        "Keek lang naar {sib} en lachte telkens {sib} dichtbij kwam.",
        "Brabbelde 'papapa' aan tafel.",
    ),
    TODDLER: (
        "Zong het hele liedje van 'Alle eendjes' mee.",
        "Zei 'dank u' zonder dat we het vroegen.",
        "Speelde lang samen met {sib} in de zandbak.",
        "Gaf {sib} spontaan een knuffel toen die viel.",
        "Wees de foto van mama aan en zei 'maman'.",
    ),
    PRESCHOOL: (
        "Schreef {zijn} naam helemaal zelf.",
        "Vroeg of Dylan ook eens bij ons mag komen slapen.",
        "Maakte een tekening voor mama en vertelde er trots over.",
        "Hielp {sib} met de schoenen aandoen.",
        "Vertelde aan tafel een lang verhaal over de klas.",
    ),
}
MOMENTS_FR = (
    "A fait un gros câlin à {sib} avant de dormir.",
    "A chanté une chanson de l'école.",
    "A parlé de Dylan et de sa maman au souper.",
)
MOOD_NL = {
    5: ("Stralende dag, veel gelachen.", "Super goedgezind, zong de hele dag."),
    4: ("Goede dag, tevreden en rustig.", "Vrolijk en vol energie.", "Fijne dag."),
    3: (
        "Gewone dag, soms wat hangerig.",
        "Wisselend: voormiddag vrolijk, namiddag moe.",
        "Rustige dag zonder veel bijzonders.",
    ),
    2: (
        "Moeilijke dag: snel boos en veel huilbuien.",
        "Hangerig en aanhankelijk, wilde steeds opgepakt worden.",
    ),
    1: ("Zeer ontroostbaar vandaag; veel nabijheid gegeven.",),
}
MOOD_FR = {
    5: ("Très belle journée, beaucoup de rires.",),
    4: ("Bonne journée, calme et content{e}.",),
    3: ("Journée ordinaire, un peu fatigué{e} en fin d'après-midi.",),
    2: ("Journée difficile, beaucoup de pleurs.",),
    1: ("Inconsolable aujourd'hui, beaucoup de câlins.",),
}
SPECIAL_DAYS = (
    ((12, 6), "Sinterklaas is langsgekomen: schoen gezet, veel cadeautjes.",
     "Saint-Nicolas est passé: beaucoup de cadeaux et de chocolat."),
    ((12, 25), "Kerstmis gevierd bij de familie van Koen.", "Noël fêté dans la famille de Koen."),
    ((9, 1), "Eerste schooldag na de vakantie.", "Jour de la rentrée des classes."),
)  # fmt: skip
MOODS, MOOD_WEIGHTS = (1, 2, 3, 4, 5), (1, 6, 27, 46, 20)
SCRAPE_NL = "Wondje aan de knie na een val buiten, ontsmet."
SCRAPE_FR = "Petite égratignure au genou, désinfectée."


@dataclass(frozen=True)
class _Illness:
    """One kind of ailment: how it looks on its first, middle and last day, and
    what is given for it."""

    nl: tuple[str, str, str]
    fr: tuple[str, str, str]
    medication_nl: str
    medication_fr: str
    days: tuple[int, int]
    mood_drop: int = 1
    needs: str = ""  # a trait or age group the child must have


ILLNESSES = (
    _Illness(
        ("Verkouden: loopneus en een hoestje.", "Nog verkouden.", "Neus bijna droog."),
        ("Enrhumé{e}: nez qui coule.", "Toujours enrhumé{e}.", "Presque guéri{e}."),
        "Neus gespoeld met fysiologisch serum.",
        "Lavage de nez au sérum physiologique.",
        (4, 7),
    ),
    _Illness(
        (
            "Koorts 38,7 °C, hangerig. Huisarts gebeld: afwachten.",
            "Nog koorts, 38,2 °C. Veel gedronken.",
            "Koortsvrij, terug de oude.",
        ),
        ("Fièvre 38,7 °C, grognon.", "Encore de la fièvre.", "Plus de fièvre."),
        "Paracetamol siroop (dosis volgens gewicht) om 18u en 23u.",
        "Paracétamol sirop (dose selon le poids) à 18h.",
        (2, 3),
        mood_drop=2,
    ),
    _Illness(
        (
            "Buikgriep: twee keer overgegeven en diarree.",
            "Nog wat losse stoelgang, eet weinig.",
            "Maag en darmen terug in orde.",
        ),
        ("Gastro: a vomi deux fois.", "Mange peu.", "Ça va mieux."),
        "ORS (oplossing tegen uitdroging) in kleine slokjes.",
        "Solution de réhydratation par petites gorgées.",
        (2, 3),
        mood_drop=2,
    ),
    _Illness(
        (
            "Oorontsteking rechts volgens de huisarts, koorts 38,9 °C.",
            "Trekt minder aan het oor.",
            "Oor genezen, controle bij de huisarts oké.",
        ),
        ("Otite à droite (médecin), fièvre.", "Se touche moins l'oreille.", "Guéri{e}."),
        "Amoxicilline siroop 3x per dag (7 dagen) en paracetamol bij koorts.",
        "Amoxicilline 3x par jour et paracétamol si fièvre.",
        (5, 7),
        mood_drop=2,
    ),
    _Illness(
        (
            "Piepende ademhaling en hoest; huisarts: astmatische bronchitis.",
            "Ademt rustiger, nog wat hoest 's nachts.",
            "Geen piepen meer, puffer mag stoppen.",
        ),
        ("Respiration sifflante, bronchite.", "Respire mieux.", "Plus de sifflements."),
        "Puffer (salbutamol) met voorzetkamer: 2 pufjes 's ochtends en 's avonds.",
        "Inhalateur (salbutamol) avec chambre: 2 bouffées matin et soir.",
        (6, 10),
        needs="inhaler",
    ),
    _Illness(
        ("Tandje door linksonder, kwijlt veel.", "Bijt op alles.", "Tandje is door."),
        ("Une dent perce, bave beaucoup.", "Mord tout.", "La dent est sortie."),
        "Bijtring uit de koelkast.",
        "Anneau de dentition froid.",
        (2, 4),
        mood_drop=1,
        needs=BABY,
    ),
)


@dataclass(frozen=True)
class _Episode:
    illness: _Illness
    start: date
    end: date

    def texts(self, day: date, french: bool) -> tuple[str, str]:
        phases = self.illness.fr if french else self.illness.nl
        phase = phases[0] if day == self.start else phases[2] if day == self.end else phases[1]
        if day == self.end and self.illness.needs != "inhaler":
            return phase, ""
        return phase, self.illness.medication_fr if french else self.illness.medication_nl


@dataclass(frozen=True)
class _Incident:
    """A flagged entry: what happened, to whom, and how serious it is."""

    health: str
    moments: str
    text: str
    severity: Severity
    mood: int
    school: str = ""


FALL = _Incident(
    "Buil op het voorhoofd na een val van de glijbaan (± 1 m). Niet buiten bewustzijn, "
    "wel hevig geschrokken. Huisarts bekeek het: geen hersenschudding, 24u opvolgen.",
    "Val van de glijbaan in de speeltuin.",
    "Val van de glijbaan in de speeltuin; de hele avond gewekt en opgevolgd volgens de "
    "richtlijnen van de huisarts. Dienst verwittigd.",
    Severity.MEDIUM,
    2,
)
TANTRUM = _Incident(
    "",
    "Grote driftbui in de opvang.",
    "De begeleidster van de opvang belde: hevige driftbui van bijna een halfuur, schopte "
    "naar een ander kind en was moeilijk te kalmeren. Thuis nog veel spanning. Besproken "
    "met de juf; we volgen op of het samenhangt met de bezoeken.",
    Severity.LOW,
    2,
    school="Opvang belde na de driftbui; vroeger opgehaald.",
)
NIGHT_TERROR = _Incident(
    "",
    "Nachtelijke paniek na het bezoek aan mama.",
    "Vannacht rond 23u30 gillend wakker (pavor nocturnus): ogen open maar niet aanspreekbaar, "
    "ongeveer een kwartier. Daarna terug ingeslapen. 's Ochtends wist {hij} er niets meer "
    "van. Dit was de nacht na het bezoek aan mama; we houden het bij.",
    Severity.MEDIUM,
    2,
)
BRUISE = _Incident(
    "Blauwe plek op de bovenarm gezien bij het badje, niet verklaard.",
    "Onverklaarde blauwe plek.",
    "Bij het badje een blauwe plek op de bovenarm gezien. {Hij} kon niet zeggen hoe het "
    "kwam. Foto genomen en de dienst verwittigd, zoals afgesproken.",
    Severity.HIGH,
    3,
)


# Texts of the contact notes -------------------------------------------------------------

VISIT_BEFORE = (
    "{a} vroeg al de hele ochtend wanneer we naar mama gingen. {b} was stil in de auto.",
    "De kinderen waren opgewonden en wilden hun tekeningen meenemen voor mama.",
    "Rustig vertrokken. {c} sliep in de auto.",
    "{a} wilde eerst niet mee ('ik wil bij jou blijven'), in de auto toch gerustgesteld.",
)
VISIT_DURING = (
    "Mama had koekjes en een puzzel mee. {a} zat dicht bij mama; {b} speelde apart met "
    "de auto's en kwam pas na een halfuur bij haar zitten. {c} zat lang op mama's schoot.",
    "Mama sprak Frans met de kinderen; {a} antwoordde in het Nederlands. Warme sfeer, veel "
    "geknuffeld. Mama gaf {c} zelf een fruitpapje.",
    "Mama was moe en wat afwezig; de contextbegeleider moedigde haar aan om mee te spelen. "
    "{a} probeerde mama steeds aan het lachen te brengen.",
    "Samen een boekje gelezen en foto's van Dylan bekeken. Mama vroeg veel naar school.",
)
VISIT_AFTER = (
    "{a} huilde bij het afscheid. 's Avonds onrustig, wilde bij ons in bed.",
    "Goed afscheid genomen. Thuis vlot gegeten en geslapen.",
    "{b} was de rest van de dag snel boos; {a} erg aanhankelijk.",
    "In de auto vrolijk over mama verteld. Geen bijzonderheden 's avonds.",
)
VISIT_AGREEMENTS = (
    "Mama brengt volgende keer de foto's van Dylan als baby mee.",
    "Mama neemt het heen-en-weerschriftje mee en schrijft iets voor de kinderen.",
    "Volgende keer samen een verjaardagscadeau voor Dylan knutselen.",
    "Mama komt op tijd (14u) en belt de dienst als ze verhinderd is.",
)
VISIT_FOLLOW_UP = (
    "Contextbegeleider Hilde bespreekt met mama het op tijd komen.",
    "Navragen bij de dienst of mama mee kan naar het oudercontact van {a}.",
    "",
    "Het afscheid bespreken op het volgende overleg met de dienst.",
)
VISIT_CANCELLED = (
    "Afgezegd door mama (ziek), 's ochtends doorgegeven via de dienst.",
    "Afgezegd door ons: {c} had koorts en de huisarts raadde af te gaan.",
    "Afgezegd door de dienst: de bezoekruimte was niet beschikbaar (staking).",
    "Afgezegd door mama: afspraak bij het OCMW die niet te verplaatsen was.",
)
PHONE_NL = (
    "Oma vroeg naar school. {a} vertelde over de klas, {b} zei 'dag oma'.",
    "Kort gesprek, de kinderen waren moe. Oma las een versje voor in het Frans.",
    "Oma zong een liedje voor {c}. {a} wilde niet stoppen met praten.",
)
PHONE_FR = (
    "Mamie a demandé des nouvelles de l'école. {a} a raconté sa journée.",
    "Petit appel, les enfants étaient fatigués. Mamie a lu une comptine.",
)
VIDEO_NL = (
    "Dylan toonde zijn kamer in het kinderdorp en zijn nieuwe voetbalschoenen. {a} was "
    "heel blij, {b} wou de tablet vasthouden.",
    "Dylan vertelde over school. Het gesprek liep wat stroef, hij was moe van de training.",
    "Samen een tekening vergeleken die ze voor elkaar maakten. {c} zwaaide naar het scherm.",
)
VIDEO_CANCELLED = (
    "Afgezegd door familiemoeder Nadia: Dylan was mee op schoolreis.",
    "Verbinding viel steeds weg; verschoven naar volgende keer.",
)
SIBLING_DAY = (
    "Broers-en-zussendag: samen naar het bos en pannenkoeken gegeten. Dylan droeg {c} "
    "op zijn schouders. Moeilijk afscheid voor {a}.",
    "Broers-en-zussendag in het kinderdorp: Dylan toonde zijn huis en de geitjes. {b} "
    "bleef de hele dag aan zijn zij.",
)
LETTER = (
    "Tekeningen en foto's van de kinderen via de dienst naar papa gestuurd.",
    "Brief van papa ontvangen via de dienst; voorgelezen aan {a}, die wil terugschrijven.",
    "Kaartje voor papa geknutseld; via de dienst verstuurd.",
)
MILESTONE_NOTES = {
    MilestoneStatus.NOT_YET: (
        "Nog niet gezien; opvolgen met Kind en Gezin.",
        "Nog niet; de logopediste geeft oefeningen mee.",
    ),
    MilestoneStatus.EMERGING: (
        "Begint ermee: gezien tijdens het spelen, nog niet altijd.",
        "Lukt soms, met wat hulp.",
        "Eerste pogingen gezien.",
    ),
    MilestoneStatus.ACHIEVED: (
        "Lukt nu vlot, ook in de kribbe gezien.",
        "Zelfstandig en herhaaldelijk gezien.",
        "Lukt elke dag.",
        "",
    ),
}


# Writing --------------------------------------------------------------------------------


class _Writer:
    """Checks each record, then stamps and stores it with its outbox entry the way
    ``RecordService`` does; in batches of ``batch_size`` per write transaction, or
    one ``RecordService.create`` per record when not batching."""

    def __init__(self, book: Book, *, batch: bool, batch_size: int | None = None) -> None:
        self.book = book
        self.service = RecordService(book)
        self.today = book.today()
        self.batch = batch
        self.batch_size = batch_size
        self.pending: list[Record] = []
        self.written = 0

    def add(self, record: Record) -> None:
        record.check(self.today)
        if not self.batch:
            self.service.create(record)
            self.written += 1
            return
        self.pending.append(record)
        if self.batch_size is not None and len(self.pending) >= self.batch_size:
            self.flush()

    def add_all(self, records: Iterable[Record]) -> None:
        for record in records:
            self.add(record)

    def flush(self) -> None:
        if not self.pending:
            return
        with self.book.store.write() as session:
            # RecordService._put, with the clock saved once per batch, not once per record.
            for record in self.pending:
                stamped = self.service._stamp(record, 1)
                repository.put_local(session, stamped, base_version=0)
            Store.set_meta(session, "clock", self.book.clock.last)
        self.written += len(self.pending)
        self.pending = []


def _household_name(book: Book) -> str:
    with book.store.read() as session:
        stored = repository.get(session, book.identity.household_id)
    if stored is not None and isinstance(stored.record, Household):
        return stored.record.name
    return ""


def _evening(day: date, rng: random.Random, now: datetime) -> datetime:
    """When an entry of ``day`` was written: in the evening (UTC), never after now."""
    written = datetime.combine(day, time(18, 0), UTC) + timedelta(minutes=rng.randint(0, 210))
    return min(written, now)


def _days(start: date, end: date) -> Iterator[date]:
    day = start
    while day <= end:
        yield day
        day += timedelta(days=1)


def _school_holiday(day: date) -> bool:
    """Roughly the Flemish school holidays."""
    md = (day.month, day.day)
    return (
        day.month in (7, 8)
        or (10, 27) <= md <= (11, 9)
        or md >= (12, 22)
        or md <= (1, 5)
        or (2, 15) <= md <= (2, 22)
        or (4, 1) <= md <= (4, 14)
    )


def _relief_carer(household_id: uuid.UUID) -> Person:
    return Person(
        household_id=household_id,
        display_name=RELIEF_CARER,
        role=Role.CAREGIVER,
        households=[household_id],
    )


# The demo household ---------------------------------------------------------------------


@dataclass
class _Contacts:
    mother: Relative
    father: Relative
    grandmother: Relative
    sibling: Relative


@dataclass
class _Demo:
    book: Book
    rng: random.Random
    years: int
    today: date = field(init=False)
    now: datetime = field(init=False)
    start: date = field(init=False)
    household_id: uuid.UUID = field(init=False)
    carer: uuid.UUID = field(init=False)
    relief: Person = field(init=False)
    kids: list[_Kid] = field(default_factory=list)
    relief_days: set[date] = field(default_factory=set)
    visits: list[date] = field(default_factory=list)
    records: list[Record] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.today = self.book.today()
        self.now = datetime.now(UTC)
        self.start = self.today - timedelta(days=round(365.25 * self.years) - 1)
        self.household_id = self.book.identity.household_id
        self.carer = self.book.identity.user_id
        self.relief = _relief_carer(self.household_id)

    # People ---------------------------------------------------------------------------
    def make_children(self, count: int) -> None:
        placed = self.start - timedelta(days=20)
        for template in KIDS[:count]:
            born = self.today - timedelta(days=template.age_days)
            first_days = 21 if template.age_days < 2 * 365 else 60
            placement = max(placed, born + timedelta(days=first_days))
            child = Child(
                household_id=self.household_id,
                given_name=template.given_name,
                family_name=FAMILY_NAME,
                date_of_birth=born,
                placement_start=placement,
                school=DAYCARE if template.age_days < 2 * 365 else SCHOOL,
                languages=["nl", "fr"],
                sibling_group=SIBLING_GROUP,
                notes=KID_NOTES[template.given_name],
            )
            self.kids.append(_Kid(child, template, max(placement, self.start)))

    def make_relatives(self) -> _Contacts:
        ids = [k.child.id for k in self.kids]

        def relative(name: str, relation: RelationKind, where: str, arrangement: str) -> Relative:
            return Relative(
                household_id=self.household_id,
                children=ids,
                name=name,
                relation=relation,
                lives_where=where,
                placed_together=False,
                contact_arrangement=arrangement,
            )

        return _Contacts(
            mother=relative(
                "Melissa Dubois",
                RelationKind.MOTHER,
                "Anderlecht (Brussel), alleen in een studio",
                "Om de twee weken een begeleid bezoek van anderhalf uur in de bezoekruimte "
                "van de dienst (woensdag 14u-15u30), met contextbegeleider Hilde. Mama belt "
                "niet rechtstreeks naar het gezin; berichten lopen via de dienst. Mama spreekt "
                "Frans met de kinderen.",
            ),
            father=relative(
                "Kristof Maes",
                RelationKind.FATHER,
                "Aalst",
                "Briefcontact via de dienst: de kinderen sturen elk trimester tekeningen en "
                "foto's; papa schrijft terug wanneer hij wil. Bezoek pas na evaluatie door de "
                "jeugdrechtbank.",
            ),
            grandmother=relative(
                "Martine Dubois",
                RelationKind.GRANDPARENT,
                "Halle",
                "Elke zondag rond 17u een telefoontje op de vaste lijn van het gezin (± 15 "
                "minuten). Twee keer per jaar komt oma op bezoek bij ons thuis.",
            ),
            sibling=relative(
                "Dylan Maes",
                RelationKind.SIBLING,
                "SOS-kinderdorp, in het gezinshuis van familiemoeder Nadia (Wallonië)",
                "Om de twee weken een videogesprek op woensdag om 17u, begeleid door "
                "familiemoeder Nadia. Elk trimester een broers-en-zussendag, afwisselend in "
                "het kinderdorp en bij ons.",
            ),
        )

    # Calendars ------------------------------------------------------------------------
    def plan_relief_days(self) -> None:
        """Every third weekend and now and then a weekday, the relief carer takes over."""
        for day in _days(self.start, self.today):
            weekend = day.weekday() >= 5 and (day.toordinal() // 7) % 3 == 0
            if weekend or (day.weekday() < 5 and self.rng.random() < 0.01):
                self.relief_days.add(day)

    def author(self, day: date) -> tuple[uuid.UUID, bool]:
        french = day in self.relief_days
        return (self.relief.id if french else self.carer), french

    def present(self, day: date) -> list[uuid.UUID]:
        return [k.child.id for k in self.kids if k.child.placement_start <= day]

    # Contacts -------------------------------------------------------------------------
    def contact(self, day: date, relative: Relative, kind: ContactKind, **fields: object) -> None:
        children = self.present(day)
        if not children:
            return
        author, _ = self.author(day)
        created = self.now if day > self.today else _evening(day, self.rng, self.now)
        n = len(self.kids)
        names = {k: self.kids[i % n].name for i, k in enumerate(("a", "b", "c"))}
        texts = {k: v.format(**names) if isinstance(v, str) else v for k, v in fields.items()}
        note = ContactNote.model_validate(
            {
                "household_id": self.household_id,
                "author_id": author,
                "created_at": created,
                "children": children,
                "relatives": [relative.id],
                "contact_kind": kind,
                "date": day,
                **texts,
            }
        )
        self.records.append(note)

    def make_contacts(self, rel: _Contacts) -> None:
        rng = self.rng
        first = self.start + timedelta(days=(2 - self.start.weekday()) % 7 + 7)  # a Wednesday
        visits = list(_days(first, self.today + timedelta(days=13)))[::14]
        past = [i for i, day in enumerate(visits) if day <= self.today]
        # One no-show a year; about one visit in ten cancelled.
        pool = past[1:] or past
        no_shows = set(rng.sample(pool, min(self.years, len(pool))))
        rest = [i for i in past if i not in no_shows]
        cancelled = set(rng.sample(rest, min(len(rest), max(1, len(past) // 10))))
        for i, day in enumerate(visits):
            base = {"duration_minutes": 90, "place": "Bezoekruimte van de dienst, Aalst"}
            if day > self.today:
                self.contact(
                    day, rel.mother, ContactKind.SUPERVISED_VISIT, status="planned",
                    agreements=rng.choice(VISIT_AGREEMENTS), **base,
                )  # fmt: skip
            elif i in no_shows:
                self.contact(
                    day, rel.mother, ContactKind.SUPERVISED_VISIT, status="no_show",
                    reaction_before="{a} had een tekening gemaakt en was opgewonden.",
                    reaction_during="Mama kwam niet opdagen en was niet bereikbaar. We hebben "
                    "een halfuur gewacht; {a} vroeg steeds waar mama bleef.",
                    reaction_after="{a} was teleurgesteld en trok zich terug. De kleinsten "
                    "merkten weinig.",
                    agreements="Mama bevestigt voortaan de dag voordien bij de dienst.",
                    follow_up="De dienst neemt contact op met mama; de vragen van {a} "
                    "bespreken op het volgende overleg.",
                    **base,
                )  # fmt: skip
            elif i in cancelled:
                self.contact(
                    day, rel.mother, ContactKind.SUPERVISED_VISIT, status="cancelled",
                    text=rng.choice(VISIT_CANCELLED), **base,
                )  # fmt: skip
            else:
                self.visits.append(day)
                self.contact(
                    day, rel.mother, ContactKind.SUPERVISED_VISIT,
                    reaction_before=rng.choice(VISIT_BEFORE),
                    reaction_during=rng.choice(VISIT_DURING),
                    reaction_after=rng.choice(VISIT_AFTER),
                    agreements=rng.choice(VISIT_AGREEMENTS),
                    follow_up=rng.choice(VISIT_FOLLOW_UP),
                    **{**base, "duration_minutes": rng.choice((75, 90, 90, 90))},
                )  # fmt: skip
            video_day = day + timedelta(days=7)
            if video_day > self.today:
                continue
            if rng.random() < 0.1:
                self.contact(
                    video_day, rel.sibling, ContactKind.VIDEO, status="cancelled",
                    text=rng.choice(VIDEO_CANCELLED),
                )  # fmt: skip
            else:
                self.contact(
                    video_day, rel.sibling, ContactKind.VIDEO,
                    duration_minutes=rng.randint(15, 35), place="Videogesprek op de tablet",
                    reaction_during=rng.choice(VIDEO_NL),
                    reaction_after=rng.choice(("Daarna vrolijk.", "{a} was even stil.", "")),
                )  # fmt: skip
        for day in _days(self.start, self.today):
            if (day.month, day.day) in ((5, 12), (11, 23)):
                self.contact(
                    day, rel.grandmother, ContactKind.VISIT, duration_minutes=180,
                    place="Bij ons thuis", reaction_during="Oma bracht soep en wafels mee. "
                    "Ze speelde lang met {c} en las {a} voor in het Frans.",
                    reaction_after="Goed afscheid; {a} vroeg wanneer oma terugkomt.",
                )  # fmt: skip
            elif (day.month, day.day) in ((3, 9), (6, 8), (9, 14), (12, 14)):
                self.contact(
                    day, rel.sibling, ContactKind.VISIT, duration_minutes=240,
                    place="Afwisselend bij ons en in het SOS-kinderdorp",
                    reaction_during=rng.choice(SIBLING_DAY),
                    agreements="Volgende broers-en-zussendag over drie maanden.",
                )  # fmt: skip
            elif day.day == 20 and day.month % 3 == 1:
                self.contact(day, rel.father, ContactKind.LETTER, text=rng.choice(LETTER))
            elif day.weekday() == 6 and rng.random() < 0.85:
                self.grandmother_call(day, rel.grandmother)

    def grandmother_call(self, day: date, grandmother: Relative) -> None:
        _, french = self.author(day)
        if self.rng.random() < 0.05:
            text = "Mamie a annulé (malade)." if french else "Oma belde af: ze was ziek."
            self.contact(day, grandmother, ContactKind.PHONE, status="cancelled", text=text)
            return
        self.contact(
            day, grandmother, ContactKind.PHONE,
            duration_minutes=self.rng.randint(10, 25), place="Telefoon (vaste lijn)",
            reaction_during=self.rng.choice(PHONE_FR if french else PHONE_NL),
        )  # fmt: skip

    # Daily logs -----------------------------------------------------------------------
    def incidents(self) -> dict[tuple[uuid.UUID, date], _Incident]:
        """A few flagged incidents each year: a fall, a tantrum at daycare, a night terror
        the night after a visit, and once in a while an unexplained bruise."""
        found: dict[tuple[uuid.UUID, date], _Incident] = {}
        oldest = self.kids[0]
        lively = self.kids[1] if len(self.kids) > 1 else oldest
        visits = list(self.visits)
        for year in range(self.years):
            low = self.start + timedelta(days=365 * year)
            span = [d for d in _days(max(low, lively.log_start), low + timedelta(days=364))]
            span = [
                d for d in span if d < self.today and d.weekday() < 5 and d not in self.relief_days
            ]
            if span:
                found[(lively.child.id, self.rng.choice(span))] = FALL
                found[(lively.child.id, self.rng.choice(span))] = TANTRUM
            year_visits = [v for v in visits if low <= v < low + timedelta(days=365)]
            if year_visits:
                night = self.rng.choice(year_visits) + timedelta(days=1)
                if night <= self.today:
                    found[(oldest.child.id, night)] = NIGHT_TERROR
            if year % 3 == 1 and span:
                found[(self.rng.choice(self.kids).child.id, self.rng.choice(span))] = BRUISE
        return found

    def episodes(self, kid: _Kid) -> dict[date, _Episode]:
        """Spells of illness, more of them in winter; a child who needs the inhaler
        has a bout of wheezing every winter."""
        by_day: dict[date, _Episode] = {}
        wheezed: set[int] = set()  # the winters with a bout of wheezing
        day = kid.log_start
        while day <= self.today:
            winter = day.month in (11, 12, 1, 2, 3)
            if self.rng.random() < (0.03 if winter else 0.012):
                group = self.age_group(kid, day)
                fits = [
                    i
                    for i in ILLNESSES
                    if not i.needs or i.needs in kid.template.traits or i.needs == group
                ]
                illness = self.rng.choice(fits)
                season = day.year if day.month > 6 else day.year - 1
                if winter and "inhaler" in kid.template.traits and season not in wheezed:
                    illness = next(i for i in ILLNESSES if i.needs == "inhaler")
                if illness.needs == "inhaler":
                    wheezed.add(season)
                length = self.rng.randint(*illness.days)
                episode = _Episode(illness, day, day + timedelta(days=length - 1))
                for d in _days(day, episode.end):
                    by_day[d] = episode
                day = episode.end + timedelta(days=self.rng.randint(5, 20))
            else:
                day += timedelta(days=1)
        return by_day

    @staticmethod
    def age_group(kid: _Kid, day: date) -> str:
        months = kid.child.age_months(day)
        return BABY if months < 18 else TODDLER if months < 36 else PRESCHOOL

    def school_text(self, kid: _Kid, day: date, french: bool) -> str:
        months = kid.child.age_months(day)
        if day.weekday() >= 5:
            return ""
        if months < 30:
            if day.weekday() not in (0, 1, 3) or months < 4:
                return ""
            if french:
                return "Crèche de 8h à 16h30, bonne journée selon la puéricultrice."
            return self.rng.choice(
                (
                    "Kribbe van 8u tot 16u30. Volgens de begeleidster een rustig dagje.",
                    "Kribbe: veel gehuild bij het afscheid, daarna goed gespeeld.",
                    "Kribbe: goed gegeten en twee keer geslapen.",
                )
            )
        if _school_holiday(day):
            return "Vacances scolaires." if french else "Schoolvakantie."
        klas = ("instapklas", "1ste kleuterklas", "2de kleuterklas", "3de kleuterklas")
        year = min(3, max(0, int((months - 30) // 12)))
        if french:
            return f"École ({klas[year]}), rien de spécial signalé."
        if day.weekday() == 2:
            return f"Woensdag: halve dag school ({klas[year]}), namiddag thuis."
        return self.rng.choice(
            (
                f"School ({klas[year]}): juf zegt dat {{hij}} fijn speelde in de bouwhoek.",
                f"School ({klas[year]}): moe bij het ophalen.",
                f"School ({klas[year]}): turnles, trots op de koprol.",
                f"School ({klas[year]}): vlot afscheid genomen aan de schoolpoort.",
                f"School ({klas[year]}).",
            )
        )

    def special_moment(self, kid: _Kid, day: date, french: bool) -> str:
        born = kid.child.date_of_birth
        if (day.month, day.day) == (born.month, born.day):
            if french:
                return (
                    f"Anniversaire: {kid.name} a eu {day.year - born.year} ans! Gâteau et bougies."
                )
            return f"Verjaardag: {kid.name} werd {day.year - born.year}! Taart met kaarsjes."
        for when, nl, fr in SPECIAL_DAYS:
            if (day.month, day.day) == when:
                return fr if french else nl
        if day in self.visits:
            if french:
                return "Visite encadrée chez maman (voir la note de contact)."
            return "Begeleid bezoek bij mama (zie contactnotitie)."
        return ""

    def make_logs(self) -> None:
        incidents = self.incidents()
        visit_days = {v + timedelta(days=1) for v in self.visits}
        for kid in self.kids:
            episodes = self.episodes(kid)
            others = [k.name for k in self.kids if k is not kid] or ["Koen"]
            for day in _days(kid.log_start, self.today):
                skipped = self.rng.random() < 0.04
                if skipped and day != self.today and (kid.child.id, day) not in incidents:
                    continue  # a busy evening: no log that day
                self.records.append(
                    self.daily_log(
                        kid, day, episodes.get(day), incidents.get((kid.child.id, day)),
                        day in visit_days, kid.words(self.rng.choice(others)),
                    )
                )  # fmt: skip

    def daily_log(
        self,
        kid: _Kid,
        day: date,
        episode: _Episode | None,
        incident: _Incident | None,
        after_visit: bool,
        words: dict[str, str],
    ) -> DailyLog:
        rng = self.rng
        author, french = self.author(day)
        group = self.age_group(kid, day)
        mood = rng.choices(MOODS, MOOD_WEIGHTS)[0]
        if episode is not None:
            mood = max(1, mood - episode.illness.mood_drop)
        if after_visit:
            mood = max(1, mood - rng.randint(0, 1))
        health, medication = episode.texts(day, french) if episode else ("", "")
        moments = self.special_moment(kid, day, french)
        if not moments and rng.random() < 0.3:
            moments = rng.choice(MOMENTS_FR if french else MOMENTS_NL[group])
        mood_text = MOOD_FR if french else MOOD_NL
        text = rng.choice(mood_text[mood])
        school = self.school_text(kid, day, french)
        flag, severity = False, None
        if incident is not None:
            flag, severity, mood = True, incident.severity, min(mood, incident.mood)
            health = " ".join(x for x in (health, incident.health) if x)
            moments, text = incident.moments, incident.text
            school = incident.school or school
        if not health and rng.random() < 0.03:
            health = SCRAPE_FR if french else SCRAPE_NL

        def say(text: str) -> str:
            return text.format(**words)

        return DailyLog(
            household_id=self.household_id,
            child_id=kid.child.id,
            author_id=author,
            created_at=_evening(day, rng, self.now),
            date=day,
            mood=mood,
            sleep=say(rng.choice((SLEEP_FR if french else SLEEP_NL)[group])),
            eating=say(rng.choice((EATING_FR if french else EATING_NL)[group])),
            health=say(health),
            medication=medication,
            school=say(school),
            activities=say(rng.choice(ACTIVITIES_FR if french else ACTIVITIES_NL)),
            moments=say(moments),
            text=say(text),
            flag=flag,
            severity=severity,
        )

    # Milestones -----------------------------------------------------------------------
    def make_milestones(self, items: Sequence[_CatalogItem]) -> None:
        for kid in self.kids:
            for item in items:
                if item.catalog == "cdc" and item.age_months is not None:
                    self.cdc_observations(kid, item, float(item.age_months))
                elif (
                    item.catalog == "who"
                    and item.window_start_months is not None
                    and item.window_end_months is not None
                ):
                    self.who_observations(
                        kid, item, float(item.window_start_months), float(item.window_end_months)
                    )

    def observe(
        self, kid: _Kid, item: _CatalogItem, status: MilestoneStatus, months: float
    ) -> bool:
        day = kid.child.date_of_birth + timedelta(days=round(months * MONTH_DAYS))
        if day < kid.log_start or day > self.today:
            return False
        self.records.append(
            MilestoneObservation(
                household_id=self.household_id,
                child_id=kid.child.id,
                item_id=item.id,
                status=status,
                observed_on=day,
                note=self.rng.choice(MILESTONE_NOTES[status]),
            )
        )
        return True

    def cdc_observations(self, kid: _Kid, item: _CatalogItem, band: float) -> None:
        if self.rng.random() < 0.2:
            return  # not every item gets ticked
        rng = self.rng
        late = "speech_delay" in kid.template.traits and "lang" in item.domain.lower()
        if late:
            self.observe(kid, item, MilestoneStatus.NOT_YET, band + rng.uniform(0.2, 1.0))
            self.observe(kid, item, MilestoneStatus.EMERGING, band + rng.uniform(2.0, 4.0))
            self.observe(kid, item, MilestoneStatus.ACHIEVED, band + rng.uniform(5.0, 8.0))
            return
        if rng.random() < 0.5:
            self.observe(kid, item, MilestoneStatus.EMERGING, band - rng.uniform(1.5, 3.5))
        self.observe(kid, item, MilestoneStatus.ACHIEVED, band + rng.uniform(-1.0, 1.0))

    def who_observations(self, kid: _Kid, item: _CatalogItem, start: float, end: float) -> None:
        rng = self.rng
        achieved = rng.uniform(start + 0.25 * (end - start), start + 0.7 * (end - start))
        emerging = max(start + 0.1, achieved - rng.uniform(0.5, 1.5))
        self.observe(kid, item, MilestoneStatus.EMERGING, emerging)
        self.observe(kid, item, MilestoneStatus.ACHIEVED, achieved)


def fill(
    book: Book, years: int = 1, children: int = 3, seed: int = 2026, batch: bool = True
) -> DemoSummary:
    """Give the profile's household a demo sibling group with ``years`` years of
    records ending today. With ``batch`` everything is written in one transaction."""
    if years < 1:
        raise ValueError("years must be at least 1")
    if not 1 <= children <= len(KIDS):
        raise ValueError(f"a demo sibling group has 1 to {len(KIDS)} children")
    if book.identity.role == Role.SUPERVISOR:
        raise ValueError("a supervisor's profile holds no household records")
    demo = _Demo(book, random.Random(seed), years)
    demo.make_children(children)
    relatives = demo.make_relatives()
    demo.plan_relief_days()
    demo.make_contacts(relatives)
    demo.make_logs()
    demo.make_milestones(list(load_catalog().items))
    people: list[Record] = [demo.relief, *(k.child for k in demo.kids)]
    people += [relatives.mother, relatives.father, relatives.grandmother, relatives.sibling]
    writer = _Writer(book, batch=batch)
    writer.add_all(people + demo.records)
    writer.flush()
    return DemoSummary(
        _household_name(book), [k.child.display_name() for k in demo.kids], writer.written
    )


# Large data sets for the benchmarks --------------------------------------------------

LARGE_NAMES = (
    ("Lotte", "Peeters"), ("Chloé", "Lambert"), ("Finn", "Janssens"), ("Yasmine", "El Amrani"),
    ("Arthur", "Dubois-Claes"), ("Nora", "Wouters"), ("Mehdi", "Benali"), ("Emma", "Maes"),
    ("Lucas", "Dupont"), ("Sara", "Vermeulen"),
)  # fmt: skip
LARGE_NL = (
    "Rustige dag.", "Goed geslapen.", "Huiswerk gemaakt zonder morren.", "Moe na school.",
    "Naar de voetbaltraining.", "Samen gekookt: lasagne.", "Ruzie met een klasgenoot, "
    "daarna goedgemaakt.", "Tandartsbezoek: geen gaatjes.", "Veel gelachen aan tafel.",
    "Wilde niet opstaan.", "Fietstocht naar de bib.", "Lang gebeld met oma.",
    "Zwemles, eerste brevet gehaald.", "Kamer opgeruimd.", "Hoofdpijn, vroeg in bed.",
    "Chiro in de namiddag.", "Toets wiskunde goed gegaan.", "Boos om de schermtijd.",
)  # fmt: skip
LARGE_FR = (
    "Journée calme.", "A bien dormi.", "Devoirs faits sans rechigner.", "Fatigué après "
    "l'école.", "Entraînement de foot.", "A aidé à cuisiner.", "Dispute avec sa sœur, "
    "réconciliés.", "Visite chez le dentiste.", "Beaucoup ri au souper.",
)  # fmt: skip


def _large_text(rng: random.Random, pool: Sequence[str]) -> str:
    return " ".join(rng.sample(pool, 3))


def fill_large(
    book: Book, children: int = 8, years: int = 10, seed: int = 2026, batch_size: int = LARGE_BATCH
) -> DemoSummary:
    """``children`` children with a daily log on every day of ``years`` years; in
    each child's logs ``LARGE_RARE_WORD`` occurs exactly ``LARGE_RARE_PER_CHILD``
    times. Written in transactions of ``batch_size`` records."""
    if years < 1 or children < 1:
        raise ValueError("children and years must be at least 1")
    rng = random.Random(seed)
    today = book.today()
    now = datetime.now(UTC)
    household_id = book.identity.household_id
    start = today - timedelta(days=round(365.25 * years) - 1)
    relief = _relief_carer(household_id)
    writer = _Writer(book, batch=True, batch_size=batch_size)
    writer.add(relief)
    kids: list[Child] = []
    for i in range(children):
        given, family = LARGE_NAMES[i % len(LARGE_NAMES)]
        if i >= len(LARGE_NAMES):
            family = f"{family} {i // len(LARGE_NAMES) + 1}"
        born = start - timedelta(days=365 * (1 + i % 8) + rng.randint(0, 300))
        kid = Child(
            household_id=household_id,
            given_name=given,
            family_name=family,
            date_of_birth=born,
            placement_start=start,
            languages=["nl", "fr"] if "-" in family or i % 3 == 1 else ["nl"],
        )
        kids.append(kid)
        writer.add(kid)
    days = list(_days(start, today))
    step = max(1, len(days) // LARGE_RARE_PER_CHILD)
    rare = {days[min(len(days) - 1, k * step + step // 2)] for k in range(LARGE_RARE_PER_CHILD)}
    for day in days:
        french = day.weekday() >= 5 and (day.toordinal() // 7) % 3 == 0
        author = relief.id if french else book.identity.user_id
        for kid in kids:
            text = _large_text(rng, LARGE_FR if french else LARGE_NL)
            if day in rare:
                text += f" Uitstap naar de {LARGE_RARE_WORD} met de klas."
            writer.add(
                DailyLog(
                    household_id=household_id,
                    child_id=kid.id,
                    author_id=author,
                    created_at=_evening(day, rng, now),
                    date=day,
                    mood=rng.choices(MOODS, MOOD_WEIGHTS)[0],
                    text=text,
                )
            )
    writer.flush()
    return DemoSummary(_household_name(book), [k.display_name() for k in kids], writer.written)
