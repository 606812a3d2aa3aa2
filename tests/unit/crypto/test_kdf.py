"""Argon2id key derivation and its stored parameters."""

from __future__ import annotations

import base64
import json
import unicodedata
from typing import Any

import pytest

from app.crypto.kdf import (
    KdfParams,
    KdfParamsInvalid,
    KdfParamsTooWeak,
    b64decode_canonical,
    derive_key,
)


@pytest.fixture
def params() -> KdfParams:
    return KdfParams.new("minimum")


def test_new_default_and_minimum_strengths() -> None:
    default = KdfParams.new()
    assert (default.memory_kib, default.iterations, default.lanes) == (65536, 3, 4)
    minimum = KdfParams.new("minimum")
    assert (minimum.memory_kib, minimum.iterations, minimum.lanes) == (19456, 2, 1)
    assert len(default.salt) == len(minimum.salt) == 16
    assert default.salt != minimum.salt


def test_unknown_strength_is_refused() -> None:
    with pytest.raises(ValueError):
        KdfParams.new("weak")


def test_derive_is_deterministic_and_32_bytes(params: KdfParams) -> None:
    key = derive_key("correct horse", params)
    assert len(key) == 32
    assert derive_key("correct horse", params) == key
    assert derive_key("correct horsf", params) != key
    assert derive_key("correct horse", KdfParams.new("minimum")) != key


def test_each_parameter_changes_the_key(params: KdfParams) -> None:
    key = derive_key("pass phrase", params)
    for changed in (
        KdfParams(params.salt, params.memory_kib + 1024, params.iterations, params.lanes),
        KdfParams(params.salt, params.memory_kib, params.iterations + 1, params.lanes),
        KdfParams(params.salt, params.memory_kib, params.iterations, params.lanes + 1),
    ):
        assert derive_key("pass phrase", changed) != key


def test_default_strength_derives() -> None:
    assert len(derive_key("pass phrase", KdfParams.new("default"))) == 32


def test_passphrase_is_nfc_normalised(params: KdfParams) -> None:
    composed = "Zoë één"
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    assert derive_key(composed, params) == derive_key(decomposed, params)


def test_round_trip_through_json(params: KdfParams) -> None:
    data = json.loads(json.dumps(params.to_dict()))
    assert data["algorithm"] == "argon2id"
    assert base64.b64decode(data["salt"]) == params.salt
    assert KdfParams.from_dict(data) == params


@pytest.mark.parametrize(
    ("name", "value"),
    [("memory_kib", 19455), ("memory_kib", 8), ("iterations", 1), ("lanes", 0)],
)
def test_below_the_owasp_minimum_is_refused(params: KdfParams, name: str, value: int) -> None:
    data = params.to_dict()
    data[name] = value
    with pytest.raises(KdfParamsTooWeak):
        KdfParams.from_dict(data)


def test_a_short_salt_is_refused(params: KdfParams) -> None:
    data = params.to_dict()
    data["salt"] = base64.b64encode(b"12345678").decode()
    with pytest.raises(KdfParamsTooWeak):
        KdfParams.from_dict(data)


def test_derive_refuses_weak_params_too(params: KdfParams) -> None:
    with pytest.raises(KdfParamsTooWeak):
        derive_key("x", KdfParams(params.salt, 1024, 1, 1))


@pytest.mark.parametrize(
    "change",
    [
        {"algorithm": "scrypt"},
        {"algorithm": None},
        {"salt": "not base64!"},
        {"salt": 12},
        {"memory_kib": "19456"},
        {"iterations": True},
        {"iterations": 2.0},
        {"memory_kib": 64 * 1024 * 1024},  # 64 GiB: would exhaust the computer
        {"iterations": 10_000},
        {"lanes": 1000},
    ],
)
def test_malformed_params_are_refused(params: KdfParams, change: dict[str, Any]) -> None:
    data = params.to_dict() | change
    with pytest.raises(KdfParamsInvalid):
        KdfParams.from_dict(data)


@pytest.mark.parametrize("missing", ["salt", "memory_kib", "iterations", "lanes"])
def test_missing_fields_are_refused(params: KdfParams, missing: str) -> None:
    data = params.to_dict()
    del data[missing]
    with pytest.raises(KdfParamsInvalid):
        KdfParams.from_dict(data)


def test_not_a_dict_is_refused() -> None:
    with pytest.raises(KdfParamsInvalid):
        KdfParams.from_dict(["argon2id"])


def test_salt_not_in_repr(params: KdfParams) -> None:
    assert params.salt.hex() not in repr(params)
    assert repr(params.salt) not in repr(params)


def test_base64_must_be_canonical() -> None:
    text = base64.b64encode(bytes(16)).decode()  # "AAAA...AA==": last char carries spare bits
    assert b64decode_canonical(text) == bytes(16)
    malleable = text[:-3] + "B=="
    assert base64.b64decode(malleable) == bytes(16)  # the standard decoder accepts it
    with pytest.raises(ValueError):
        b64decode_canonical(malleable)
