"""The office console: households, people, enrolment codes, devices, the audit log and the
server's health, in a browser, under ``/office/``.

Server-rendered (Jinja2), with htmx for the parts that refresh themselves; no inline
script. Staff sign in with a password and a TOTP code (app.server.services.staff);
every form carries the session's CSRF token; every action goes through the same
services as the ``thuisboek-server`` commands and is audited as the staff member's.
No record content is ever shown: the console shows names of households and people
(which the office itself gave), counts, dates and ids.
"""

from __future__ import annotations

import csv
import io
import secrets
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

import segno
from fastapi import APIRouter, Depends, FastAPI, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from sqlalchemy import Engine
from sqlmodel import Session
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.domain.vocabulary import HouseholdKind, Role
from app.server import audit
from app.server.api.deps import client_ip, limits
from app.server.console.i18n import LANGUAGE_COOKIE, LANGUAGES, Translator, choose
from app.server.core.clock import now_utc
from app.server.core.config import Settings
from app.server.core.db import session_scope
from app.server.services import admin, office, staff

PREFIX = "/office"
SESSION_COOKIE = "thuisboek_office"
SIGN_IN_COOKIE = "thuisboek_sign_in"  # the sign-in form's CSRF token (double submit)
AUDIT_PAGE = 50
CSV_NAME = "thuisboek-audit.csv"
_HERE = Path(__file__).resolve().parent

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'"
)
HSTS = "max-age=31536000; includeSubDomains"

templates = Environment(
    loader=FileSystemLoader(_HERE / "templates"),
    autoescape=select_autoescape(["html"]),
    trim_blocks=True,
    lstrip_blocks=True,
)


class NotSignedIn(Exception):
    """No session, or one that expired: the sign-in page."""


class Forbidden(Exception):
    """Signed in, but not allowed (an office member on a staff page, a stale form)."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


class SecurityHeaders:
    """The console's pages: no inline script, no framing, no sniffing, nothing cached;
    HSTS when they come over TLS."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not str(scope.get("path", "")).startswith(PREFIX):
            await self.app(scope, receive, send)
            return
        tls = scope.get("scheme") == "https"

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers += [
                    (b"content-security-policy", CSP.encode()),
                    (b"x-content-type-options", b"nosniff"),
                    (b"x-frame-options", b"DENY"),
                    (b"referrer-policy", b"no-referrer"),
                    (b"cross-origin-opener-policy", b"same-origin"),
                ]
                if not str(scope.get("path", "")).startswith(f"{PREFIX}/static/"):
                    headers.append((b"cache-control", b"no-store"))
                if tls:
                    headers.append((b"strict-transport-security", HSTS.encode()))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, with_headers)


# -- request helpers ---------------------------------------------------------------------


def wall_clock(request: Request) -> datetime:
    clock: Callable[[], datetime] = getattr(request.app.state, "wall_clock", now_utc)
    return clock()


def db(request: Request) -> Iterator[Session]:
    engine: Engine = request.app.state.engine
    yield from session_scope(engine)


DB = Annotated[Session, Depends(db)]


def translator(request: Request) -> Translator:
    return Translator(
        choose(request.cookies.get(LANGUAGE_COOKIE), request.headers.get("accept-language"))
    )


def signed_in(request: Request, session: DB, *, touch: bool = True) -> staff.SignedIn:
    cookie = request.cookies.get(SESSION_COOKIE)
    now = wall_clock(request)
    found = staff.current(session, cookie, now=now, touch=touch) if cookie else None
    if found is None or found.stage != staff.Stage.FULL:
        raise NotSignedIn
    return found


def signed_in_idle(request: Request, session: DB) -> staff.SignedIn:
    """For a part of a page that refreshes itself: it keeps no session alive."""
    return signed_in(request, session, touch=False)


Staff = Annotated[staff.SignedIn, Depends(signed_in)]
StaffIdle = Annotated[staff.SignedIn, Depends(signed_in_idle)]


def administrator(signed: Staff) -> staff.SignedIn:
    if signed.staff.role != staff.StaffRole.ADMIN:
        raise Forbidden("error_admin_only")
    return signed


Admin = Annotated[staff.SignedIn, Depends(administrator)]
Field = Annotated[str, Form()]
Fields = Annotated[list[str], Form()]


def check_csrf(signed: staff.SignedIn, token: str) -> None:
    if not token or not secrets.compare_digest(token, signed.csrf):
        raise Forbidden("error_csrf")


def render(
    request: Request,
    template: str,
    signed: staff.SignedIn | None = None,
    *,
    status: int = 200,
    **context: Any,
) -> HTMLResponse:
    _ = translator(request)
    page = templates.get_template(template).render(
        _=_,
        lang=_.language,
        languages=LANGUAGES,
        here=request.url.path,
        signed=signed,
        csrf=signed.csrf if signed else "",
        prefix=PREFIX,
        when=_when,
        **context,
    )
    return HTMLResponse(page, status_code=status)


def _when(moment: datetime | None) -> str:
    return moment.strftime("%Y-%m-%d %H:%M UTC") if moment else "–"


def see(path: str, **query: str) -> RedirectResponse:
    target = f"{PREFIX}{path}"
    if query:
        target += "?" + urlencode(query)
    return RedirectResponse(target, status_code=303)


def _set_cookie(request: Request, response: Response, name: str, value: str) -> None:
    response.set_cookie(
        name,
        value,
        httponly=True,
        secure=request.url.scheme == "https",
        samesite="strict",
        path=PREFIX,
    )


def _refused(request: Request, exc: admin.AdminError) -> str:
    """A refused action, in the reader's language around the server's own reason."""
    return translator(request)("error_refused", reason=str(exc))


router = APIRouter(prefix=PREFIX, include_in_schema=False)


# -- signing in --------------------------------------------------------------------------


@router.get("/")
def home(request: Request, session: DB) -> Response:
    cookie = request.cookies.get(SESSION_COOKIE)
    found = staff.current(session, cookie, now=wall_clock(request)) if cookie else None
    if found is not None and found.stage == staff.Stage.FULL:
        return see("/devices")
    return see("/sign-in")


@router.get("/sign-in")
def sign_in_page(request: Request, error: str = "") -> Response:
    token = secrets.token_urlsafe(32)
    known = {"wrong", "locked", "replayed", "expired", "csrf", "busy"}
    response = render(request, "sign_in.html", token=token,
                      problem=f"sign_in_{error}" if error in known else "")  # fmt: skip
    _set_cookie(request, response, SIGN_IN_COOKIE, token)
    return response


@router.post("/sign-in")
def sign_in(
    request: Request, session: DB, name: Field = "", password: Field = "", csrf: Field = ""
) -> Response:
    expected = request.cookies.get(SIGN_IN_COOKIE, "")
    if not csrf or not expected or not secrets.compare_digest(csrf, expected):
        return see("/sign-in", error="csrf")
    rate = limits(request).auth_failures
    ip = client_ip(request)
    if rate.exceeded(ip):
        return see("/sign-in", error="busy")
    try:
        session_id, stage = staff.sign_in(session, name, password, now=wall_clock(request))
    except staff.SignInRefused as refused:
        rate.add(ip)
        return see("/sign-in", error=refused.why.value)
    response = see("/sign-in/setup" if stage == staff.Stage.SETUP else "/sign-in/code")
    _set_cookie(request, response, SESSION_COOKIE, session_id)
    response.delete_cookie(SIGN_IN_COOKIE, path=PREFIX)
    return response


def _pending(request: Request, session: Session, stage: staff.Stage) -> staff.SignedIn:
    cookie = request.cookies.get(SESSION_COOKIE)
    found = staff.current(session, cookie, now=wall_clock(request)) if cookie else None
    if found is None or found.stage != stage:
        raise NotSignedIn
    return found


@router.get("/sign-in/code")
def code_page(request: Request, session: DB, error: str = "") -> Response:
    pending = _pending(request, session, staff.Stage.SECOND_FACTOR)
    known = {"wrong", "locked", "replayed"}
    return render(request, "code.html", pending,
                  problem=f"sign_in_{error}" if error in known else "")  # fmt: skip


@router.post("/sign-in/code")
def code(request: Request, session: DB, code: Field = "", csrf: Field = "") -> Response:
    pending = _pending(request, session, staff.Stage.SECOND_FACTOR)
    check_csrf(pending, csrf)
    cookie = request.cookies[SESSION_COOKIE]
    try:
        session_id = staff.second_factor(session, cookie, code, now=wall_clock(request))
    except staff.SignInRefused as refused:
        if refused.why == staff.Refused.LOCKED:
            return see("/sign-in", error="locked")
        return see("/sign-in/code", error=refused.why.value)
    response = see("/devices")
    _set_cookie(request, response, SESSION_COOKIE, session_id)
    return response


@router.get("/sign-in/setup")
def setup_page(request: Request, session: DB, error: str = "") -> Response:
    pending = _pending(request, session, staff.Stage.SETUP)
    return render(request, "setup.html", pending, secret=pending.totp_secret,
                  problem="sign_in_wrong" if error == "wrong" else "")  # fmt: skip


@router.get("/sign-in/qr.svg")
def setup_qr(request: Request, session: DB) -> Response:
    pending = _pending(request, session, staff.Stage.SETUP)
    qr = segno.make(staff.provisioning_uri(pending), error="m")
    out = io.BytesIO()
    qr.save(out, kind="svg", scale=5, border=2, title="TOTP")
    return Response(out.getvalue(), media_type="image/svg+xml")


@router.post("/sign-in/setup")
def setup(request: Request, session: DB, code: Field = "", csrf: Field = "") -> Response:
    pending = _pending(request, session, staff.Stage.SETUP)
    check_csrf(pending, csrf)
    cookie = request.cookies[SESSION_COOKIE]
    try:
        session_id, codes = staff.set_up_second_factor(
            session, cookie, code, now=wall_clock(request)
        )
    except staff.SignInRefused as refused:
        if refused.why == staff.Refused.LOCKED:
            return see("/sign-in", error="locked")
        return see("/sign-in/setup", error="wrong")
    signed = staff.current(session, session_id, now=wall_clock(request))
    response = render(request, "recovery.html", signed, codes=codes)
    _set_cookie(request, response, SESSION_COOKIE, session_id)
    return response


@router.post("/sign-out")
def sign_out(request: Request, session: DB, signed: Staff, csrf: Field = "") -> Response:
    check_csrf(signed, csrf)
    staff.sign_out(session, request.cookies[SESSION_COOKIE], now=wall_clock(request))
    response = see("/sign-in")
    response.delete_cookie(SESSION_COOKIE, path=PREFIX)
    return response


@router.get("/language/{language}")
def language(request: Request, language: str, next: str = "/office/") -> Response:
    target = next if next.startswith(f"{PREFIX}/") and "//" not in next else f"{PREFIX}/"
    response = RedirectResponse(target, status_code=303)
    if language in LANGUAGES:
        _set_cookie(request, response, LANGUAGE_COOKIE, language)
    return response


# -- households and people ---------------------------------------------------------------


@router.get("/households")
def households(request: Request, session: DB, signed: Staff, done: str = "") -> Response:
    with staff.actor(signed):
        found = admin.list_households(session, now=wall_clock(request))
    return render(request, "households.html", signed, households=found,
                  kinds=[k.value for k in HouseholdKind], done=done)  # fmt: skip


@router.post("/households")
def add_household(
    request: Request, session: DB, signed: Staff, name: Field = "", kind: Field = "",
    csrf: Field = "",
) -> Response:  # fmt: skip
    check_csrf(signed, csrf)
    try:
        with staff.actor(signed):
            admin.add_household(session, name, kind, now=wall_clock(request))
    except admin.AdminError as exc:
        session.rollback()
        with staff.actor(signed):
            found = admin.list_households(session, now=wall_clock(request))
        return render(request, "households.html", signed, status=400, households=found,
                      kinds=[k.value for k in HouseholdKind], error=_refused(request, exc),
                      name=name, kind=kind)  # fmt: skip
    return see("/households", done="household_added")


@router.post("/households/{household_id}")
def change_household(
    request: Request, session: DB, signed: Staff, household_id: str, name: Field = "",
    kind: Field = "", csrf: Field = "",
) -> Response:  # fmt: skip
    check_csrf(signed, csrf)
    try:
        with staff.actor(signed):
            admin.change_household(session, household_id, name, kind, now=wall_clock(request))
    except admin.AdminError as exc:
        session.rollback()
        with staff.actor(signed):
            found = admin.list_households(session, now=wall_clock(request))
        return render(request, "households.html", signed, status=400, households=found,
                      kinds=[k.value for k in HouseholdKind],
                      error=_refused(request, exc))  # fmt: skip
    return see("/households", done="household_changed")


def _people_page(
    request: Request, session: Session, signed: staff.SignedIn, status: int = 200, **extra: Any
) -> HTMLResponse:
    with staff.actor(signed):
        people = admin.list_people(session, now=wall_clock(request))
        homes = admin.list_households(session, now=wall_clock(request))
    names = {h.id: h.name for h in homes}
    return render(request, "people.html", signed, status=status, people=people,
                  households=homes, household_names=names,
                  roles=[r.value for r in Role], **extra)  # fmt: skip


@router.get("/people")
def people(request: Request, session: DB, signed: Staff, done: str = "") -> Response:
    return _people_page(request, session, signed, done=done)


@router.post("/people")
def add_person(
    request: Request, session: DB, signed: Staff, name: Field = "", role: Field = "",
    household: Fields = [], csrf: Field = "",  # noqa: B006 - FastAPI copies the default
) -> Response:  # fmt: skip
    check_csrf(signed, csrf)
    try:
        with staff.actor(signed):
            admin.add_person(session, name, role, household, now=wall_clock(request))
    except admin.AdminError as exc:
        session.rollback()
        return _people_page(request, session, signed, status=400,
                            error=_refused(request, exc), name=name, role=role)  # fmt: skip
    return see("/people", done="person_added")


@router.post("/people/{person_id}/name")
def rename_person(
    request: Request, session: DB, signed: Staff, person_id: str, name: Field = "",
    csrf: Field = "",
) -> Response:  # fmt: skip
    check_csrf(signed, csrf)
    try:
        with staff.actor(signed):
            admin.rename_person(session, person_id, name, now=wall_clock(request))
    except admin.AdminError as exc:
        session.rollback()
        return _people_page(request, session, signed, status=400, error=_refused(request, exc))
    return see("/people", done="person_renamed")


@router.post("/people/{person_id}/deactivate")
def deactivate_person(
    request: Request, session: DB, signed: Staff, person_id: str, reason: Field = "",
    csrf: Field = "",
) -> Response:  # fmt: skip
    check_csrf(signed, csrf)
    return _person_state(request, session, signed, admin.deactivate_person, person_id, reason,
                         "person_deactivated")  # fmt: skip


@router.post("/people/{person_id}/reactivate")
def reactivate_person(
    request: Request, session: DB, signed: Staff, person_id: str, reason: Field = "",
    csrf: Field = "",
) -> Response:  # fmt: skip
    check_csrf(signed, csrf)
    return _person_state(request, session, signed, admin.reactivate_person, person_id, reason,
                         "person_reactivated")  # fmt: skip


def _person_state(
    request: Request,
    session: Session,
    signed: staff.SignedIn,
    action: Callable[..., object],
    person_id: str,
    reason: str,
    done: str,
) -> Response:
    if not reason.strip():
        return _people_page(request, session, signed, status=400,
                            error=translator(request)("error_reason"))  # fmt: skip
    try:
        with staff.actor(signed):
            action(session, person_id, now=wall_clock(request), reason=reason)
    except admin.AdminError as exc:
        session.rollback()
        return _people_page(request, session, signed, status=400, error=_refused(request, exc))
    return see("/people", done=done)


@router.post("/people/{person_id}/households")
def set_households(
    request: Request, session: DB, signed: Staff, person_id: str, add: Field = "",
    remove: Field = "", csrf: Field = "",
) -> Response:  # fmt: skip
    check_csrf(signed, csrf)
    try:
        with staff.actor(signed):
            admin.set_households(session, person_id, [add] if add else [],
                                 [remove] if remove else [], now=wall_clock(request))  # fmt: skip
    except admin.AdminError as exc:
        session.rollback()
        return _people_page(request, session, signed, status=400, error=_refused(request, exc))
    return see("/people", done="households_changed")


@router.post("/people/{person_id}/code")
def enrolment_code(
    request: Request, session: DB, signed: Staff, person_id: str, hours: Field = "24",
    csrf: Field = "",
) -> Response:  # fmt: skip
    """The code is shown on this answer only (a slip to print), never again."""
    check_csrf(signed, csrf)
    try:
        valid = float(hours)
        with staff.actor(signed):
            code, expires_at = admin.make_enroll_code(session, person_id, valid,
                                                      now=wall_clock(request))  # fmt: skip
    except ValueError:
        return _people_page(request, session, signed, status=400,
                            error=translator(request)("error_hours"))  # fmt: skip
    except admin.AdminError as exc:
        session.rollback()
        return _people_page(request, session, signed, status=400, error=_refused(request, exc))
    with staff.actor(signed):
        person = next(p for p in admin.list_people(session, now=wall_clock(request))
                      if p.id == person_id)  # fmt: skip
    server = str(request.base_url).rstrip("/")
    return render(request, "slip.html", signed, code=code, expires_at=expires_at,
                  person=person, server=server)  # fmt: skip


# -- devices -----------------------------------------------------------------------------


def _devices(request: Request, session: Session, signed: staff.SignedIn) -> dict[str, Any]:
    with staff.actor(signed):
        found = admin.list_devices(session, now=wall_clock(request))
    return {"devices": found, "syncs": office.last_syncs(session)}


@router.get("/devices")
def devices(request: Request, session: DB, signed: Staff, done: str = "") -> Response:
    return render(request, "devices.html", signed, done=done,
                  **_devices(request, session, signed))  # fmt: skip


@router.get("/devices/rows")
def device_rows(request: Request, session: DB, signed: StaffIdle) -> Response:
    """The table's body alone: the page refreshes it every half minute."""
    return render(request, "device_rows.html", signed, **_devices(request, session, signed))


@router.post("/devices/{device_id}/revoke")
def revoke(
    request: Request, session: DB, signed: Staff, device_id: str, reason: Field = "",
    csrf: Field = "",
) -> Response:  # fmt: skip
    check_csrf(signed, csrf)
    return _device_action(request, session, signed, admin.revoke, device_id, reason, "revoked")


@router.post("/devices/{device_id}/lift")
def lift(
    request: Request, session: DB, signed: Staff, device_id: str, reason: Field = "",
    csrf: Field = "",
) -> Response:  # fmt: skip
    check_csrf(signed, csrf)
    return _device_action(request, session, signed, admin.unrevoke, device_id, reason, "lifted")


def _device_action(
    request: Request,
    session: Session,
    signed: staff.SignedIn,
    action: Callable[..., None],
    device_id: str,
    reason: str,
    done: str,
) -> Response:
    if not reason.strip():
        return render(request, "devices.html", signed, status=400,
                      error=translator(request)("error_reason"),
                      **_devices(request, session, signed))  # fmt: skip
    try:
        with staff.actor(signed):
            action(session, device_id, now=wall_clock(request), reason=reason)
    except admin.AdminError as exc:
        session.rollback()
        return render(request, "devices.html", signed, status=400, error=_refused(request, exc),
                      **_devices(request, session, signed))  # fmt: skip
    return see("/devices", done=done)


# -- the audit log -----------------------------------------------------------------------

AUDIT_FILTERS = ("record", "person", "device", "household", "action", "since", "until")


def _audit_query(
    request: Request, session: Session, signed: staff.SignedIn, limit: int | None
) -> tuple[dict[str, str], list[audit.Entry]]:
    given = {k: request.query_params.get(k, "").strip() for k in AUDIT_FILTERS}
    try:
        since = date.fromisoformat(given["since"]) if given["since"] else None
        until = date.fromisoformat(given["until"]) if given["until"] else None
    except ValueError:
        raise admin.AdminError(translator(request)("error_day")) from None
    with staff.actor(signed):
        entries = admin.read_audit(
            session,
            record=given["record"] or None,
            person=given["person"] or None,
            device=given["device"] or None,
            household=given["household"] or None,
            action=given["action"] or None,
            since=since,
            until=until,
            limit=limit,
            now=wall_clock(request),
        )
    return given, entries


@router.get("/audit")
def audit_log(request: Request, session: DB, signed: Staff, page: int = 1) -> Response:
    page = max(1, min(page, 10_000))
    try:
        given, entries = _audit_query(request, session, signed, page * AUDIT_PAGE + 1)
    except admin.AdminError as exc:
        session.rollback()
        given = {k: request.query_params.get(k, "") for k in AUDIT_FILTERS}
        return render(request, "audit.html", signed, status=400, given=given, entries=[],
                      actions=audit.ACTIONS, error=_refused(request, exc), page=1,
                      more=False, query="")  # fmt: skip
    newest_first = list(reversed(entries))
    shown = newest_first[(page - 1) * AUDIT_PAGE : page * AUDIT_PAGE]
    more = len(newest_first) > page * AUDIT_PAGE
    query = urlencode({k: v for k, v in given.items() if v})
    return render(request, "audit.html", signed, given=given, entries=shown,
                  actions=audit.ACTIONS, page=page, more=more, query=query)  # fmt: skip


@router.get("/audit.csv")
def audit_csv(request: Request, session: DB, signed: Staff) -> Response:
    try:
        _given, entries = _audit_query(request, session, signed, None)
    except admin.AdminError as exc:
        session.rollback()
        return Response(_refused(request, exc), status_code=400, media_type="text/plain")
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["id", "at", "action", "person", "device", "household", "records", "detail"])
    for e in entries:
        writer.writerow([e.id, e.at.isoformat(), e.action, e.person_id or "", e.device_id or "",
                         e.household_id or "", " ".join(e.record_ids), e.detail])  # fmt: skip
    disposition = f'attachment; filename="{CSV_NAME}"'
    return Response(out.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"content-disposition": disposition})  # fmt: skip


# -- health and staff --------------------------------------------------------------------


@router.get("/health")
def health(request: Request, session: DB, signed: Staff) -> Response:
    settings: Settings = request.app.state.settings
    found = office.health(session, request.app.state.engine, settings)
    audit.record(session, audit.CONSOLE_PAGE, detail=f"health by=staff:{signed.staff.id}",
                 at=wall_clock(request))  # fmt: skip
    session.commit()
    age = (wall_clock(request) - found.last_backup).days if found.last_backup else None
    return render(request, "health.html", signed, health=found, backup_age=age)


@router.get("/staff")
def staff_page(request: Request, session: DB, signed: Admin, done: str = "") -> Response:
    audit.record(session, audit.CONSOLE_PAGE, detail=f"staff by=staff:{signed.staff.id}",
                 at=wall_clock(request))  # fmt: skip
    session.commit()
    return render(request, "staff.html", signed, staff=staff.list_staff(session), done=done)


@router.post("/staff")
def add_staff(
    request: Request, session: DB, signed: Admin, name: Field = "", role: Field = "",
    password: Field = "", csrf: Field = "",
) -> Response:  # fmt: skip
    check_csrf(signed, csrf)
    try:
        with staff.actor(signed):
            staff.add_staff(session, name, role, password, now=wall_clock(request))
    except admin.AdminError as exc:
        session.rollback()
        return render(request, "staff.html", signed, status=400, staff=staff.list_staff(session),
                      error=_refused(request, exc), name=name)  # fmt: skip
    return see("/staff", done="staff_added")


@router.post("/staff/{staff_id}/reset")
def reset_staff(
    request: Request, session: DB, signed: Admin, staff_id: str, csrf: Field = ""
) -> Response:
    check_csrf(signed, csrf)
    found = next((s for s in staff.list_staff(session) if s.id == staff_id), None)
    try:
        if found is None:
            raise admin.AdminError(f"no staff account {staff_id}")
        with staff.actor(signed):
            staff.reset(session, found.name, now=wall_clock(request), by=signed.staff.id)
    except admin.AdminError as exc:
        session.rollback()
        return render(request, "staff.html", signed, status=400, staff=staff.list_staff(session),
                      error=_refused(request, exc))  # fmt: skip
    return see("/staff", done="staff_reset")


# -- installing --------------------------------------------------------------------------


def install(app: FastAPI) -> None:
    """The console's routes, static files, error pages and headers on ``app``."""

    @app.exception_handler(NotSignedIn)
    async def not_signed_in(request: Request, _exc: NotSignedIn) -> Response:
        if request.headers.get("hx-request"):
            return Response(status_code=204, headers={"hx-redirect": f"{PREFIX}/sign-in"})
        return see("/sign-in")

    @app.exception_handler(Forbidden)
    async def forbidden(request: Request, exc: Forbidden) -> Response:
        return render(request, "error.html", None, status=403, message=exc.key)

    app.include_router(router)
    app.mount(f"{PREFIX}/static", StaticFiles(directory=_HERE / "static"), name="console-static")
    app.add_middleware(SecurityHeaders)
