"""Turning a passphrase into a key: Argon2id with parameters kept beside the key.

The parameters travel in the key file, so they are checked whenever they are
read back: a key file edited to ask for a cheaper derivation than OWASP's
minimum is refused instead of silently making the passphrase easier to guess.
"""

from __future__ import annotations

import base64
import binascii
import secrets
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

ALGORITHM = "argon2id"
KEY_LENGTH = 32
SALT_LENGTH = 16

# OWASP Password Storage Cheat Sheet, Argon2id: m=19 MiB, t=2, p=1 at the least.
MIN_MEMORY_KIB = 19456
MIN_ITERATIONS = 2
MIN_LANES = 1
MIN_SALT_LENGTH = 16

# Upper bounds only keep a damaged or hostile key file from asking for a
# derivation that would exhaust the computer; they are far above the defaults.
MAX_MEMORY_KIB = 4 * 1024 * 1024
MAX_ITERATIONS = 64
MAX_LANES = 64
MAX_SALT_LENGTH = 64

STRENGTHS: dict[str, tuple[int, int, int]] = {
    # name: (memory_kib, iterations, lanes)
    "default": (65536, 3, 4),
    "minimum": (MIN_MEMORY_KIB, MIN_ITERATIONS, MIN_LANES),
}


class KdfParamsInvalid(ValueError):
    """Stored KDF parameters that are malformed; the text says which part."""


class KdfParamsTooWeak(KdfParamsInvalid):
    """Stored KDF parameters below the minimum Thuisboek accepts."""


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters (version 0x13) and the salt of one derivation."""

    salt: bytes = field(repr=False)
    memory_kib: int
    iterations: int
    lanes: int

    @classmethod
    def new(cls, strength: str = "default") -> KdfParams:
        """Fresh parameters with a random salt; ``strength`` is "default" or "minimum"."""
        try:
            memory_kib, iterations, lanes = STRENGTHS[strength]
        except KeyError:
            raise ValueError(f"unknown KDF strength {strength!r}") from None
        return cls(secrets.token_bytes(SALT_LENGTH), memory_kib, iterations, lanes)

    def check(self) -> None:
        """Raise ``KdfParamsTooWeak`` / ``KdfParamsInvalid`` unless these are acceptable."""
        for name in ("memory_kib", "iterations", "lanes"):
            value = getattr(self, name)
            if type(value) is not int:
                raise KdfParamsInvalid(f"{name} is not a whole number")
        if not isinstance(self.salt, bytes):
            raise KdfParamsInvalid("salt is not bytes")
        weak = []
        if self.memory_kib < MIN_MEMORY_KIB:
            weak.append(f"memory {self.memory_kib} KiB < {MIN_MEMORY_KIB} KiB")
        if self.iterations < MIN_ITERATIONS:
            weak.append(f"iterations {self.iterations} < {MIN_ITERATIONS}")
        if self.lanes < MIN_LANES:
            weak.append(f"lanes {self.lanes} < {MIN_LANES}")
        if len(self.salt) < MIN_SALT_LENGTH:
            weak.append(f"salt of {len(self.salt)} bytes < {MIN_SALT_LENGTH} bytes")
        if weak:
            raise KdfParamsTooWeak(", ".join(weak))
        if self.memory_kib > MAX_MEMORY_KIB:
            raise KdfParamsInvalid(f"memory {self.memory_kib} KiB is more than {MAX_MEMORY_KIB}")
        if self.iterations > MAX_ITERATIONS:
            raise KdfParamsInvalid(f"iterations {self.iterations} is more than {MAX_ITERATIONS}")
        if self.lanes > MAX_LANES:
            raise KdfParamsInvalid(f"lanes {self.lanes} is more than {MAX_LANES}")
        if len(self.salt) > MAX_SALT_LENGTH:
            raise KdfParamsInvalid(f"salt of {len(self.salt)} bytes is too long")
        if self.memory_kib < 8 * self.lanes:
            raise KdfParamsInvalid("memory is less than 8 KiB per lane")

    def to_dict(self) -> dict[str, Any]:
        """The parameters as JSON-ready values (salt in base64)."""
        return {
            "algorithm": ALGORITHM,
            "salt": base64.b64encode(self.salt).decode("ascii"),
            "memory_kib": self.memory_kib,
            "iterations": self.iterations,
            "lanes": self.lanes,
        }

    @classmethod
    def from_dict(cls, data: Any) -> KdfParams:
        """Parameters read from JSON; raises ``KdfParamsInvalid`` (or its subclass
        ``KdfParamsTooWeak``) for anything malformed or below the minimum."""
        if not isinstance(data, dict):
            raise KdfParamsInvalid("the KDF parameters are not an object")
        if data.get("algorithm") != ALGORITHM:
            raise KdfParamsInvalid(f"unknown KDF algorithm {data.get('algorithm')!r}")
        missing = [k for k in ("salt", "memory_kib", "iterations", "lanes") if k not in data]
        if missing:
            raise KdfParamsInvalid("missing KDF field(s): " + ", ".join(missing))
        try:
            salt_bytes = b64decode_canonical(data["salt"])
        except ValueError as exc:
            raise KdfParamsInvalid(f"the salt is {exc}") from None
        params = cls(salt_bytes, data["memory_kib"], data["iterations"], data["lanes"])
        params.check()
        return params


def b64decode_canonical(text: object) -> bytes:
    """Bytes from base64 text, refusing anything but the one canonical spelling
    (so that no character of a stored value can change without changing it)."""
    if not isinstance(text, str):
        raise ValueError("not text")
    try:
        data = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raise ValueError("not valid base64") from None
    if base64.b64encode(data).decode("ascii") != text:
        raise ValueError("not canonical base64")
    return data


def derive_key(passphrase: str, params: KdfParams) -> bytes:
    """The 32-byte key for ``passphrase`` (NFC-normalised, UTF-8) under ``params``."""
    params.check()
    material = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    kdf = Argon2id(
        salt=params.salt,
        length=KEY_LENGTH,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(material)
