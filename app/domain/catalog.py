"""The milestone catalog: versioned data shipped with the app, and its loader.

The catalog lives in ``resources/milestones/catalog.json``
(docs/architecture.md, "The milestone catalog"). It holds three catalogs, each
item written in Dutch, French and English and tied to a source:

- ``cdc``: the CDC "Learn the Signs. Act Early." checklists (2022), age bands
  2 months to 5 years, in four domains, rephrased in the project's own words;
- ``who``: the six WHO gross-motor milestones, each with its window of
  achievement (1st–99th percentile, in months);
- ``living``: independent-living skills for teenagers (14–18 years).

The file's top level also carries the sources, the display names of the domain
keys and the notices the UI must show (credit, "not endorsed", "not a screening
tool"). ``load_catalog`` validates the whole file and raises ``CatalogInvalid``
naming every problem it finds; the app never runs on a half-valid catalog.

Pure Python: no Qt, no SQL.
"""

from __future__ import annotations

import contextlib
import functools
import json
import math
from bisect import bisect_right
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, Final

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from app.paths import resources_dir

FORMAT_MARKER: Final = "thuisboek-milestones"
LANGUAGES: Final = ("nl", "fr", "en")
FALLBACK_LANGUAGE: Final = "en"
CATALOGS: Final = ("cdc", "who", "living")
# Catalogs whose items are grouped in age bands; WHO items follow their windows.
BAND_CATALOGS: Final = ("cdc", "living")
WINDOW_CATALOG: Final = "who"
REQUIRED_NOTICES: Final = ("cdc_credit", "cdc_not_endorsed", "cdc_not_screening")
DEFAULT_PATH: Final = resources_dir() / "milestones" / "catalog.json"

# A band catalog covers ages from one band step below its first band to one
# step above its last; a catalog with a single band covers a year either side.
_SINGLE_BAND_STEP: Final = 12
# A WHO item stays listed for this long after its window has ended.
WINDOW_GRACE_MONTHS: Final = 12
_MAX_LISTED_PROBLEMS: Final = 20


class CatalogInvalid(Exception):
    """The catalog file cannot be used; the message names every problem found."""

    def __init__(self, path: Path | str, problems: Sequence[str]) -> None:
        self.path = str(path)
        self.problems: tuple[str, ...] = tuple(problems)
        shown = list(self.problems[:_MAX_LISTED_PROBLEMS])
        if len(self.problems) > len(shown):
            shown.append(f"... and {len(self.problems) - len(shown)} more")
        super().__init__(f"invalid milestone catalog {self.path}: " + "; ".join(shown))


def _normalise_language(lang: str) -> str:
    """``"nl_BE"``, ``"fr-BE"`` and ``"NL"`` all mean the base language."""
    return lang.replace("_", "-").split("-", 1)[0].strip().lower()


def _pick(texts: Mapping[str, str], lang: str) -> str:
    text = texts.get(_normalise_language(lang), "")
    return text if text.strip() else texts[FALLBACK_LANGUAGE]


@dataclass(frozen=True)
class Source:
    key: str
    title: str
    citation: str


@dataclass(frozen=True)
class CatalogItem:
    """One milestone or skill. Texts are keyed by language code (nl, fr, en)."""

    id: str
    catalog: str
    domain: str
    age_months: int
    text: Mapping[str, str] = field(hash=False)
    source: str
    window_start_months: float | None = None
    window_end_months: float | None = None
    note: Mapping[str, str] | None = field(default=None, hash=False)

    def label(self, lang: str) -> str:
        """The item's text in ``lang``; English for a language the item lacks."""
        return _pick(self.text, lang)

    def note_label(self, lang: str) -> str | None:
        """The item's note in ``lang`` (English fallback), or None without a note."""
        return None if self.note is None else _pick(self.note, lang)

    @property
    def has_window(self) -> bool:
        return self.window_start_months is not None and self.window_end_months is not None

    def in_window(self, age_months: float) -> bool:
        """True while a child of this age is inside the item's window of achievement."""
        if self.window_start_months is None or self.window_end_months is None:
            return False
        return self.window_start_months <= age_months <= self.window_end_months

    def past_window(self, age_months: float) -> bool:
        """True when the item's window of achievement ended before this age.

        Items without a window (CDC, living) are never past it. The UI uses this
        to point out, calmly, a WHO milestone not yet seen after its window.
        """
        return self.window_end_months is not None and age_months > self.window_end_months


class Catalog:
    """The loaded, validated catalog. Immutable; build it with ``load_catalog``."""

    def __init__(
        self,
        *,
        version: int,
        items: Sequence[CatalogItem],
        sources: Mapping[str, Source],
        domain_labels: Mapping[str, Mapping[str, str]],
        domain_catalogs: Mapping[str, Sequence[str]],
        notices: Mapping[str, Mapping[str, str]],
    ) -> None:
        self.version = version
        self.items: tuple[CatalogItem, ...] = tuple(items)
        self.sources: Mapping[str, Source] = MappingProxyType(dict(sources))
        self._domain_labels = MappingProxyType(
            {key: MappingProxyType(dict(label)) for key, label in domain_labels.items()}
        )
        self._domain_catalogs = MappingProxyType(
            {key: tuple(names) for key, names in domain_catalogs.items()}
        )
        self._notices = MappingProxyType(
            {key: MappingProxyType(dict(texts)) for key, texts in notices.items()}
        )
        self._by_id = MappingProxyType({item.id: item for item in self.items})
        self._order = {item.id: index for index, item in enumerate(self.items)}
        self._bands = MappingProxyType(
            {
                name: tuple(sorted({i.age_months for i in self.items if i.catalog == name}))
                for name in CATALOGS
            }
        )

    def __len__(self) -> int:
        return len(self.items)

    def __iter__(self) -> Iterator[CatalogItem]:
        return iter(self.items)

    def __contains__(self, item_id: object) -> bool:
        return item_id in self._by_id

    def by_id(self, item_id: str) -> CatalogItem:
        """The item with this id; ``KeyError`` for an id the catalog does not know."""
        try:
            return self._by_id[item_id]
        except KeyError:
            raise KeyError(f"unknown milestone catalog item: {item_id!r}") from None

    def items_in(self, catalog: str) -> tuple[CatalogItem, ...]:
        """The items of one catalog (``cdc``, ``who`` or ``living``), in file order."""
        if catalog not in CATALOGS:
            raise KeyError(f"unknown catalog: {catalog!r}")
        return tuple(item for item in self.items if item.catalog == catalog)

    def bands(self, catalog: str) -> tuple[int, ...]:
        """The distinct ``age_months`` of a catalog's items, ascending."""
        if catalog not in CATALOGS:
            raise KeyError(f"unknown catalog: {catalog!r}")
        return self._bands[catalog]

    def for_age(self, age_months: float, neighbours: int = 1) -> list[CatalogItem]:
        """The items to show for a child of this age, youngest band first.

        For the banded catalogs (``cdc``, ``living``): the child's band (the
        latest band reached, or the first band for a child younger than it) and
        ``neighbours`` bands either side, as long as the age lies within the
        catalog's range (one band step below its first band up to one step
        above its last: 0–72 months for CDC, 144–240 months for living skills).
        Between those ranges (about 6 to 12 years) nothing is listed.

        WHO items appear once their window opens within the chosen bands and
        stay until a year after the window has ended, so that the UI can point
        out, calmly, one not yet seen (``CatalogItem.past_window``).
        """
        if not math.isfinite(age_months) or age_months < 0:
            raise ValueError(f"age in months must be a finite number >= 0, not {age_months!r}")
        if neighbours < 0:
            raise ValueError(f"neighbours must be >= 0, not {neighbours!r}")
        chosen: list[CatalogItem] = []
        picked_cdc: tuple[int, ...] = ()
        for name in BAND_CATALOGS:
            picked = _bands_near(self._bands[name], age_months, neighbours)
            if name == "cdc":
                picked_cdc = picked
            chosen.extend(i for i in self.items if i.catalog == name and i.age_months in picked)
        chosen.extend(self._window_items(age_months, picked_cdc))
        return sorted(
            chosen,
            key=lambda i: (i.age_months, CATALOGS.index(i.catalog), self._order[i.id]),
        )

    def _window_items(self, age_months: float, picked_cdc: tuple[int, ...]) -> list[CatalogItem]:
        cdc_bands = self._bands["cdc"]
        if cdc_bands:
            if not picked_cdc:
                return []
            horizon = float(max(picked_cdc))
        else:
            horizon = age_months
        return [
            item
            for item in self.items
            if item.catalog == WINDOW_CATALOG
            and item.window_start_months is not None
            and item.window_end_months is not None
            and item.window_start_months <= horizon
            and age_months < item.window_end_months + WINDOW_GRACE_MONTHS
        ]

    def domains(self, catalog: str | None = None) -> tuple[str, ...]:
        """Domain keys in file order; only those used by ``catalog`` when given."""
        if catalog is not None and catalog not in CATALOGS:
            raise KeyError(f"unknown catalog: {catalog!r}")
        return tuple(
            key
            for key, names in self._domain_catalogs.items()
            if catalog is None or catalog in names
        )

    def domain_label(self, key: str, lang: str) -> str:
        """The display name of a domain key in ``lang`` (English fallback)."""
        try:
            labels = self._domain_labels[key]
        except KeyError:
            raise KeyError(f"unknown milestone domain: {key!r}") from None
        return _pick(labels, lang)

    def notice_keys(self) -> tuple[str, ...]:
        return tuple(self._notices)

    def notice(self, key: str, lang: str) -> str:
        """A notice the UI shows with the catalog (e.g. ``cdc_credit``) in ``lang``."""
        try:
            texts = self._notices[key]
        except KeyError:
            raise KeyError(f"unknown catalog notice: {key!r}") from None
        return _pick(texts, lang)


def _bands_near(bands: Sequence[int], age_months: float, neighbours: int) -> tuple[int, ...]:
    if not bands:
        return ()
    first_step = bands[1] - bands[0] if len(bands) > 1 else _SINGLE_BAND_STEP
    last_step = bands[-1] - bands[-2] if len(bands) > 1 else _SINGLE_BAND_STEP
    if not max(0, bands[0] - first_step) <= age_months < bands[-1] + last_step:
        return ()
    index = max(0, bisect_right(bands, age_months) - 1)
    return tuple(bands[max(0, index - neighbours) : index + neighbours + 1])


# --- the file format -------------------------------------------------------


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class _RawSource(_Strict):
    title: str = Field(min_length=1)
    citation: str = Field(min_length=1)


class _RawDomain(_Strict):
    catalogs: list[str] = Field(min_length=1)
    label: dict[str, str]


class _RawItem(_Strict):
    id: str = Field(min_length=1, pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")
    catalog: str
    domain: str
    age_months: int = Field(ge=0)
    text: dict[str, str]
    source: str
    window_start_months: float | None = None
    window_end_months: float | None = None
    note: dict[str, str] | None = None


class _RawCatalog(_Strict):
    format: str
    version: int = Field(ge=1)
    sources: dict[str, _RawSource]
    domains: dict[str, _RawDomain]
    notices: dict[str, dict[str, str]]
    items: list[_RawItem]


def _missing_languages(texts: Mapping[str, str]) -> list[str]:
    return [lang for lang in LANGUAGES if not texts.get(lang, "").strip()]


def _describe_loc(loc: tuple[int | str, ...], data: Any) -> str:
    parts: list[str] = []
    for index, part in enumerate(loc):
        if isinstance(part, int):
            label = f"[{part}]"
            if index == 1 and loc[0] == "items":
                with contextlib.suppress(KeyError, IndexError, TypeError):
                    label += f" (id {data['items'][part]['id']!r})"
            parts.append(label)
        else:
            parts.append(("." if parts else "") + part)
    return "".join(parts) or "(top level)"


def _check(raw: _RawCatalog) -> list[str]:
    problems: list[str] = []
    for key, source in raw.sources.items():
        if not source.title.strip() or not source.citation.strip():
            problems.append(f"source {key!r}: empty title or citation")
    for key, domain in raw.domains.items():
        for name in domain.catalogs:
            if name not in CATALOGS:
                problems.append(f"domain {key!r}: unknown catalog {name!r}")
        for lang in _missing_languages(domain.label):
            problems.append(f"domain {key!r}: label lacks language {lang!r}")
    for key in REQUIRED_NOTICES:
        if key not in raw.notices:
            problems.append(f"notice {key!r} is missing")
    for key, texts in raw.notices.items():
        for lang in _missing_languages(texts):
            problems.append(f"notice {key!r}: lacks language {lang!r}")
    seen: set[str] = set()
    for item in raw.items:
        where = f"item {item.id!r}"
        if item.id in seen:
            problems.append(f"{where}: duplicate id")
        seen.add(item.id)
        if item.catalog not in CATALOGS:
            problems.append(f"{where}: unknown catalog {item.catalog!r}")
        item_domain = raw.domains.get(item.domain)
        if item_domain is None:
            problems.append(f"{where}: unknown domain {item.domain!r}")
        elif item.catalog not in item_domain.catalogs:
            problems.append(
                f"{where}: domain {item.domain!r} is not used by catalog {item.catalog!r}"
            )
        if item.source not in raw.sources:
            problems.append(f"{where}: unknown source {item.source!r}")
        for lang in _missing_languages(item.text):
            problems.append(f"{where}: text lacks language {lang!r}")
        if item.note is not None:
            for lang in _missing_languages(item.note):
                problems.append(f"{where}: note lacks language {lang!r}")
        problems.extend(_check_window(where, item))
    return problems


def _check_window(where: str, item: _RawItem) -> list[str]:
    start, end = item.window_start_months, item.window_end_months
    if start is None and end is None:
        if item.catalog == WINDOW_CATALOG:
            return [f"{where}: a {WINDOW_CATALOG} item needs a window of achievement"]
        return []
    if start is None or end is None:
        return [f"{where}: window needs both window_start_months and window_end_months"]
    if not (math.isfinite(start) and math.isfinite(end)) or start < 0:
        return [f"{where}: window must be finite and start at 0 months or later"]
    if end <= start:
        return [f"{where}: window ends ({end}) before it starts ({start})"]
    return []


def _frozen(texts: Mapping[str, str]) -> Mapping[str, str]:
    return MappingProxyType(dict(texts))


def parse_catalog(data: Any, origin: Path | str = "<data>") -> Catalog:
    """Validate already-decoded JSON data and build a ``Catalog`` from it."""
    if not isinstance(data, dict):
        raise CatalogInvalid(origin, ["the top level is not a JSON object"])
    marker = data.get("format")
    if marker != FORMAT_MARKER:
        raise CatalogInvalid(origin, [f"format marker is {marker!r}, expected {FORMAT_MARKER!r}"])
    try:
        raw = _RawCatalog.model_validate(data)
    except ValidationError as exc:
        raise CatalogInvalid(
            origin,
            [f"{_describe_loc(err['loc'], data)}: {err['msg']}" for err in exc.errors()],
        ) from exc
    problems = _check(raw)
    if problems:
        raise CatalogInvalid(origin, problems)
    items = [
        CatalogItem(
            id=item.id,
            catalog=item.catalog,
            domain=item.domain,
            age_months=item.age_months,
            text=_frozen(item.text),
            source=item.source,
            window_start_months=item.window_start_months,
            window_end_months=item.window_end_months,
            note=None if item.note is None else _frozen(item.note),
        )
        for item in raw.items
    ]
    return Catalog(
        version=raw.version,
        items=items,
        sources={
            key: Source(key=key, title=source.title, citation=source.citation)
            for key, source in raw.sources.items()
        },
        domain_labels={key: domain.label for key, domain in raw.domains.items()},
        domain_catalogs={key: domain.catalogs for key, domain in raw.domains.items()},
        notices=raw.notices,
    )


def _load(path: Path) -> Catalog:
    try:
        content = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CatalogInvalid(path, [f"cannot read the file: {exc}"]) from exc
    try:
        data = json.loads(content)
    except json.JSONDecodeError as exc:
        raise CatalogInvalid(path, [f"not valid JSON: {exc}"]) from exc
    return parse_catalog(data, origin=path)


@functools.cache
def _load_default() -> Catalog:
    return _load(DEFAULT_PATH)


def load_catalog(path: Path | None = None) -> Catalog:
    """Load and validate the catalog; the shipped one (cached) when ``path`` is None.

    Raises ``CatalogInvalid`` when the file is missing, unreadable or wrong.
    """
    if path is None:
        return _load_default()
    return _load(Path(path))
