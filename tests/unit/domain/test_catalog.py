"""The shipped milestone catalog and its loader (app/domain/catalog.py)."""

from __future__ import annotations

import copy
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from app.domain.catalog import (
    CATALOGS,
    DEFAULT_PATH,
    LANGUAGES,
    Catalog,
    CatalogInvalid,
    CatalogItem,
    load_catalog,
)

CDC_BANDS = (2, 4, 6, 9, 12, 15, 18, 24, 30, 36, 48, 60)
CDC_DOMAINS = {"social_emotional", "language", "cognitive", "movement"}
LIVING_DOMAINS = {
    "money",
    "cooking_household",
    "papers_administration",
    "school_work",
    "health_care",
    "language",
    "getting_around",
}
WHO_WINDOWS = {
    "who-sit-alone": (3.8, 9.2),
    "who-crawl": (5.2, 13.5),
    "who-stand-assisted": (4.8, 11.4),
    "who-walk-assisted": (5.9, 13.7),
    "who-stand-alone": (6.9, 16.9),
    "who-walk-alone": (8.2, 17.6),
}


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


@pytest.fixture
def raw() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(DEFAULT_PATH.read_text(encoding="utf-8"))
    return data


def write(tmp_path: Path, data: dict[str, Any]) -> Path:
    path = tmp_path / "catalog.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


# --- the shipped data -------------------------------------------------------


def test_loads_the_shipped_file(catalog: Catalog, raw: dict[str, Any]) -> None:
    assert raw["format"] == "thuisboek-milestones"
    assert isinstance(raw["version"], int)
    assert catalog.version == raw["version"] >= 1
    assert len(catalog) == len(raw["items"])


def test_default_load_is_cached(catalog: Catalog) -> None:
    assert load_catalog() is catalog
    assert load_catalog(DEFAULT_PATH) is not catalog  # an explicit path reads afresh


def test_has_at_least_150_items_from_all_three_catalogs(catalog: Catalog) -> None:
    assert len(catalog) >= 150
    counts = Counter(item.catalog for item in catalog)
    assert set(counts) == set(CATALOGS)
    assert counts["who"] == 6
    assert counts["cdc"] >= 120
    assert counts["living"] >= 6 * len(LIVING_DOMAINS)


def test_cdc_covers_all_bands_and_domains(catalog: Catalog) -> None:
    cdc = catalog.items_in("cdc")
    assert catalog.bands("cdc") == CDC_BANDS
    assert {item.domain for item in cdc} == CDC_DOMAINS
    for band in CDC_BANDS:
        domains = {item.domain for item in cdc if item.age_months == band}
        assert domains == CDC_DOMAINS, f"band {band} lacks {CDC_DOMAINS - domains}"
    assert all(item.source == "cdc-ltsae-2022" for item in cdc)


def test_living_catalog_domains_and_bands(catalog: Catalog) -> None:
    living = catalog.items_in("living")
    per_domain = Counter(item.domain for item in living)
    assert set(per_domain) == LIVING_DOMAINS
    assert all(6 <= count <= 8 for count in per_domain.values()), per_domain
    assert catalog.bands("living") == (168, 192, 216)
    assert all(item.source == "thuisboek-living" for item in living)
    assert set(catalog.domains("living")) == LIVING_DOMAINS


def test_every_item_has_three_languages_and_a_known_source(catalog: Catalog) -> None:
    for item in catalog:
        for lang in LANGUAGES:
            assert item.text[lang].strip(), f"{item.id} lacks {lang}"
        assert item.source in catalog.sources
        assert item.domain in catalog.domains(item.catalog)
    assert len({item.text["nl"] for item in catalog}) == len(catalog)
    assert len({item.text["fr"] for item in catalog}) == len(catalog)
    assert len({item.text["en"] for item in catalog}) == len(catalog)


def test_translations_differ_from_english(catalog: Catalog) -> None:
    # A forgotten translation usually shows up as a copy of the English text.
    for item in catalog:
        assert item.text["nl"] != item.text["en"], item.id
        assert item.text["fr"] != item.text["en"], item.id


def test_ids_are_unique_and_follow_the_pattern(catalog: Catalog, raw: dict[str, Any]) -> None:
    ids = [item["id"] for item in raw["items"]]
    assert len(ids) == len(set(ids))
    for item in catalog:
        assert item.id.startswith(f"{item.catalog}-"), item.id
    assert catalog.by_id("cdc-24m-lang-01").age_months == 24
    assert catalog.by_id("living-money-01").catalog == "living"
    assert "who-walk-alone" in catalog
    with pytest.raises(KeyError):
        catalog.by_id("cdc-99m-nothing-01")


def test_sources_carry_title_and_citation(catalog: Catalog) -> None:
    assert set(catalog.sources) == {"cdc-ltsae-2022", "who-mgrs-2006", "thuisboek-living"}
    cdc = catalog.sources["cdc-ltsae-2022"]
    assert cdc.title == "CDC Learn the Signs. Act Early. milestone checklists (2022)"
    who = catalog.sources["who-mgrs-2006"]
    assert "windows of achievement for six gross motor development milestones" in who.title
    assert "2006" in who.citation
    assert catalog.sources["thuisboek-living"].title == (
        "Thuisboek independent-living catalog (own work)"
    )
    for source in catalog.sources.values():
        assert "http" not in source.title


def test_who_windows_are_exactly_the_published_ones(catalog: Catalog) -> None:
    who = catalog.items_in("who")
    assert {item.id: (item.window_start_months, item.window_end_months) for item in who} == (
        WHO_WINDOWS
    )
    assert all(item.domain == "gross_motor" and item.source == "who-mgrs-2006" for item in who)
    for item in catalog:
        assert item.has_window == (item.catalog == "who"), item.id


def test_crawling_note_in_three_languages(catalog: Catalog) -> None:
    crawl = catalog.by_id("who-crawl")
    assert crawl.note is not None
    for lang in LANGUAGES:
        assert "4,3" in crawl.note[lang] or "4.3" in crawl.note[lang]
    assert crawl.note_label("fr") == crawl.note["fr"]
    assert catalog.by_id("who-walk-alone").note is None
    assert catalog.by_id("who-walk-alone").note_label("nl") is None


def test_notices_exist_in_three_languages(catalog: Catalog) -> None:
    for key in ("cdc_credit", "cdc_not_endorsed", "cdc_not_screening"):
        texts = {lang: catalog.notice(key, lang) for lang in LANGUAGES}
        assert all(text.strip() for text in texts.values()), key
        assert len(set(texts.values())) == 3, key
        assert "CDC" in texts["en"] and "CDC" in texts["nl"] and "CDC" in texts["fr"]
    assert "endorse" in catalog.notice("cdc_not_endorsed", "en")
    assert "diagnostic" in catalog.notice("cdc_not_screening", "en")
    assert "dépistage" in catalog.notice("cdc_not_screening", "fr")
    assert "diagnostisch" in catalog.notice("cdc_not_screening", "nl")
    with pytest.raises(KeyError):
        catalog.notice("no_such_notice", "en")


def test_domain_labels_in_three_languages(catalog: Catalog) -> None:
    assert set(catalog.domains("cdc")) == CDC_DOMAINS
    assert catalog.domains("who") == ("gross_motor",)
    for key in catalog.domains():
        labels = [catalog.domain_label(key, lang) for lang in LANGUAGES]
        assert all(labels), key
    assert catalog.domain_label("money", "nl") == "Geld"
    assert catalog.domain_label("money", "fr") == "Argent"
    with pytest.raises(KeyError):
        catalog.domain_label("astrology", "en")


def test_label_picks_language_and_falls_back_to_english(catalog: Catalog) -> None:
    item = catalog.by_id("cdc-2m-social-01")
    assert item.label("nl") == item.text["nl"]
    assert item.label("fr") == item.text["fr"]
    assert item.label("nl_BE") == item.text["nl"]
    assert item.label("fr-BE") == item.text["fr"]
    assert item.label("de") == item.text["en"]
    assert item.label("") == item.text["en"]


# --- choosing items for a child's age ---------------------------------------


def test_for_age_24_months_gives_the_band_and_its_neighbours(catalog: Catalog) -> None:
    chosen = catalog.for_age(24)
    cdc_bands = {item.age_months for item in chosen if item.catalog == "cdc"}
    assert cdc_bands == {18, 24, 30}
    ids = {item.id for item in chosen}
    assert {item.id for item in catalog.items_in("cdc") if item.age_months == 24} <= ids
    assert not any(item.age_months == 60 for item in chosen)
    assert not any(item.catalog == "living" for item in chosen)
    assert [item.age_months for item in chosen] == sorted(item.age_months for item in chosen)


def test_for_age_neighbours_widen_or_narrow_the_bands(catalog: Catalog) -> None:
    assert {
        item.age_months for item in catalog.for_age(24, neighbours=0) if item.catalog == "cdc"
    } == {24}
    assert {
        item.age_months for item in catalog.for_age(24, neighbours=2) if item.catalog == "cdc"
    } == {15, 18, 24, 30, 36}
    # Between bands the child is in the latest band reached.
    assert {
        item.age_months for item in catalog.for_age(26.5, neighbours=0) if item.catalog == "cdc"
    } == {24}
    # Younger than the first band: the first band.
    assert {
        item.age_months for item in catalog.for_age(0.5, neighbours=0) if item.catalog == "cdc"
    } == {2}
    with pytest.raises(ValueError):
        catalog.for_age(24, neighbours=-1)
    with pytest.raises(ValueError):
        catalog.for_age(-1)
    with pytest.raises(ValueError):
        catalog.for_age(float("nan"))


def test_for_age_teenager_gives_living_items(catalog: Catalog) -> None:
    chosen = catalog.for_age(16 * 12)
    assert chosen
    assert {item.catalog for item in chosen} == {"living"}
    assert {item.age_months for item in chosen} == {168, 192, 216}
    assert {item.catalog for item in catalog.for_age(14 * 12, neighbours=0)} == {"living"}


def test_for_age_school_age_child_gets_nothing(catalog: Catalog) -> None:
    # 6 to 12 years lies between the CDC and the living-skills catalogs.
    assert catalog.for_age(8 * 12) == []


def test_for_age_lists_who_items_around_and_after_their_window(catalog: Catalog) -> None:
    who_at = {
        age: {i.id for i in catalog.for_age(age) if i.catalog == "who"} for age in (9, 20, 40)
    }
    assert who_at[9] == set(WHO_WINDOWS)
    # Still listed a few months after the window, so the UI can point it out.
    assert "who-walk-alone" in who_at[20]
    assert who_at[40] == set()


def test_past_window(catalog: Catalog) -> None:
    walk = catalog.by_id("who-walk-alone")
    assert not walk.past_window(8.0)
    assert not walk.past_window(12.0)
    assert not walk.past_window(17.6)
    assert walk.past_window(17.7)
    assert walk.past_window(24)
    assert walk.in_window(12.0) and not walk.in_window(8.1) and not walk.in_window(18)
    sit = catalog.by_id("who-sit-alone")
    assert sit.past_window(9.3) and not sit.past_window(9.2)
    cdc_item = catalog.by_id("cdc-12m-move-01")
    assert not cdc_item.past_window(600)
    assert not cdc_item.in_window(12)


def test_items_are_immutable(catalog: Catalog) -> None:
    item = catalog.by_id("cdc-2m-social-01")
    with pytest.raises(AttributeError):
        item.age_months = 3  # type: ignore[misc]
    with pytest.raises(TypeError):
        item.text["en"] = "changed"  # type: ignore[index]
    assert isinstance(hash(item), int)
    assert isinstance(item, CatalogItem)


# --- validation of a corrupted copy -----------------------------------------


def load_broken(tmp_path: Path, data: dict[str, Any]) -> CatalogInvalid:
    with pytest.raises(CatalogInvalid) as caught:
        load_catalog(write(tmp_path, data))
    return caught.value


def test_an_intact_copy_loads(tmp_path: Path, raw: dict[str, Any]) -> None:
    copied = load_catalog(write(tmp_path, raw))
    assert len(copied) == len(raw["items"])


def test_missing_language_is_rejected(tmp_path: Path, raw: dict[str, Any]) -> None:
    broken = copy.deepcopy(raw)
    del broken["items"][5]["text"]["fr"]
    error = load_broken(tmp_path, broken)
    assert any(raw["items"][5]["id"] in p and "'fr'" in p for p in error.problems)
    assert raw["items"][5]["id"] in str(error)


def test_empty_text_is_rejected(tmp_path: Path, raw: dict[str, Any]) -> None:
    broken = copy.deepcopy(raw)
    broken["items"][0]["text"]["nl"] = "   "
    error = load_broken(tmp_path, broken)
    assert any("'nl'" in p for p in error.problems)


def test_duplicate_id_is_rejected(tmp_path: Path, raw: dict[str, Any]) -> None:
    broken = copy.deepcopy(raw)
    broken["items"][1]["id"] = broken["items"][0]["id"]
    error = load_broken(tmp_path, broken)
    assert any("duplicate id" in p and raw["items"][0]["id"] in p for p in error.problems)


def test_bad_format_marker_is_rejected(tmp_path: Path, raw: dict[str, Any]) -> None:
    broken = copy.deepcopy(raw)
    broken["format"] = "something-else"
    error = load_broken(tmp_path, broken)
    assert "format marker" in str(error)


def test_unknown_source_and_domain_are_rejected(tmp_path: Path, raw: dict[str, Any]) -> None:
    broken = copy.deepcopy(raw)
    broken["items"][0]["source"] = "wikipedia"
    broken["items"][1]["domain"] = "astrology"
    broken["items"][2]["domain"] = "money"  # a living domain on a CDC item
    error = load_broken(tmp_path, broken)
    assert any("unknown source 'wikipedia'" in p for p in error.problems)
    assert any("unknown domain 'astrology'" in p for p in error.problems)
    assert any("not used by catalog 'cdc'" in p for p in error.problems)


def test_bad_who_windows_are_rejected(tmp_path: Path, raw: dict[str, Any]) -> None:
    broken = copy.deepcopy(raw)
    who = [item for item in broken["items"] if item["catalog"] == "who"]
    who[0]["window_end_months"] = who[0]["window_start_months"] - 1
    del who[1]["window_start_months"]
    del who[2]["window_start_months"]
    del who[2]["window_end_months"]
    error = load_broken(tmp_path, broken)
    assert any(who[0]["id"] in p and "before it starts" in p for p in error.problems)
    assert any(who[1]["id"] in p and "needs both" in p for p in error.problems)
    assert any(who[2]["id"] in p and "needs a window" in p for p in error.problems)


def test_missing_notice_and_wrong_types_are_rejected(tmp_path: Path, raw: dict[str, Any]) -> None:
    broken = copy.deepcopy(raw)
    del broken["notices"]["cdc_not_endorsed"]
    broken["notices"]["cdc_credit"]["nl"] = ""
    error = load_broken(tmp_path, broken)
    assert any("cdc_not_endorsed" in p for p in error.problems)
    assert any("cdc_credit" in p and "'nl'" in p for p in error.problems)

    broken = copy.deepcopy(raw)
    broken["items"][3]["age_months"] = "two"
    broken["version"] = "1"
    error = load_broken(tmp_path, broken)
    assert any("age_months" in p and raw["items"][3]["id"] in p for p in error.problems)
    assert any(p.startswith("version") for p in error.problems)


def test_unreadable_files_are_rejected(tmp_path: Path) -> None:
    with pytest.raises(CatalogInvalid, match="cannot read"):
        load_catalog(tmp_path / "absent.json")
    bad = tmp_path / "bad.json"
    bad.write_text("{ not json", encoding="utf-8")
    with pytest.raises(CatalogInvalid, match="not valid JSON"):
        load_catalog(bad)
    bad.write_text("[]", encoding="utf-8")
    with pytest.raises(CatalogInvalid, match="not a JSON object"):
        load_catalog(bad)
