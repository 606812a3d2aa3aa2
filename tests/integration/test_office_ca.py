"""Laptops behind an office's own certificate authority: the sync client checks the
server's certificate against the operating system's trust store (on Linux the
system's CA bundle, which ``SSL_CERT_FILE`` stands in for here), not only a bundle of
public authorities shipped with the app. A real server speaks TLS on loopback with a
certificate from a CA made for the test."""

from __future__ import annotations

import ssl
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from ipaddress import IPv4Address
from pathlib import Path

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from app.domain.vocabulary import HouseholdKind
from app.services import profile
from app.storage import sync_state
from app.sync.enroll import enroll
from app.sync.transport import UntrustedServer, tls_context
from tests.conftest import PASSPHRASE
from tests.integration.laptops import Laptop, admin
from tests.support.servers import free_port, server_command, spawn, stop


def _name(text: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, text)])


def make_ca_and_server_cert(folder: Path) -> tuple[Path, Path, Path]:
    """An office CA, and a certificate for 127.0.0.1 and localhost signed by it."""
    now = datetime.now(UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = (
        x509.CertificateBuilder()
        .subject_name(_name("Thuisboek test office CA"))
        .issuer_name(_name("Thuisboek test office CA"))
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), False)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    leaf = (
        x509.CertificateBuilder()
        .subject_name(_name("127.0.0.1"))
        .issuer_name(ca.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.IPAddress(IPv4Address("127.0.0.1")), x509.DNSName("localhost")]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), False
        )
        .sign(ca_key, hashes.SHA256())
    )
    ca_file, cert_file, key_file = folder / "ca.pem", folder / "cert.pem", folder / "key.pem"
    ca_file.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    cert_file.write_bytes(leaf.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return ca_file, cert_file, key_file


@dataclass(frozen=True)
class TlsOffice:
    url: str
    data: Path
    ca: Path
    person: str


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TlsOffice]:
    folder = tmp_path_factory.mktemp("tls-office")
    ca, cert, key = make_ca_and_server_cert(folder)
    data = folder / "data"
    admin(data, "init")
    household = admin(data, "add-household", "Gezin Peeters", "--kind", "simba")
    person = admin(data, "add-person", "Anna", "--role", "caregiver", "--household", household)
    port = free_port()
    command = [*server_command(data, None, port), "--tls-cert", str(cert), "--tls-key", str(key)]
    url = f"https://127.0.0.1:{port}"
    with tempfile.TemporaryFile() as log:
        process = spawn(command, stderr=log)
        try:
            deadline = time.monotonic() + 30
            while True:
                try:
                    httpx.get(f"{url}/api/v1/health", verify=str(ca), timeout=1)
                    break
                except httpx.TransportError:
                    if process.poll() is not None or time.monotonic() > deadline:
                        log.seek(0)
                        raise AssertionError(log.read().decode(errors="replace")) from None
                    time.sleep(0.1)
            yield TlsOffice(url, data, ca, person)
        finally:
            stop(process)


def test_the_office_ca_in_the_system_store_is_trusted(
    office: TlsOffice, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(office.ca))  # the system's CA bundle, as rolled out
    laptop = Laptop(
        tmp_path / "laptop", office.url, admin(office.data, "enroll-code", office.person)
    )
    try:
        laptop.write("Over TLS")
        report = laptop.engine.sync()
        assert report.finished_at
        link = sync_state.read_link(laptop.book.store)
        assert link is not None and link.server_url == office.url and link.last_ok
    finally:
        laptop.close()


def test_without_the_office_ca_nothing_is_sent_and_the_reason_is_told(
    office: TlsOffice, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    book = profile.create_profile(
        tmp_path / "laptop", PASSPHRASE,
        profile.NewProfile("Lokaal", "Lokaal gezin", HouseholdKind.SIMBA), strength="minimum",
    )  # fmt: skip
    try:
        code = admin(office.data, "enroll-code", office.person)
        with pytest.raises(UntrustedServer) as refused:
            enroll(book, office.url, code, device_name="laptop")
        assert "does not trust the central office's certificate" in refused.value.message.format()
        assert sync_state.read_link(book.store) is None  # not linked
    finally:
        book.close()
    # The code was never used: with the CA trusted it still enrols.
    monkeypatch.setenv("SSL_CERT_FILE", str(office.ca))
    laptop = Laptop(tmp_path / "again", office.url, code)
    laptop.close()


def test_the_context_is_the_operating_systems_with_tls_1_2_at_least() -> None:
    import truststore

    context = tls_context()
    assert isinstance(context, truststore.SSLContext)
    assert context.minimum_version >= ssl.TLSVersion.TLSv1_2
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname


def test_a_plain_certifi_client_does_not_know_the_office_ca(
    office: TlsOffice, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Why the trust store matters: a client with only certifi's public authorities
    refuses the office's certificate even when the system trusts its CA."""
    import certifi

    monkeypatch.setenv("SSL_CERT_FILE", str(office.ca))
    only_public = ssl.create_default_context(cafile=certifi.where())
    with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
        httpx.get(f"{office.url}/api/v1/health", verify=only_public, timeout=5)
    with httpx.Client(verify=tls_context(), timeout=5) as client:
        assert client.get(f"{office.url}/api/v1/health").status_code == 200
