"""``thuisboek-server``: run the central office server and administer it.

    thuisboek-server init
    thuisboek-server serve [--host 127.0.0.1] [--port 8470] [--tls-cert F --tls-key F]
                           [--app-minimum VERSION] [--app-recommended VERSION]
    thuisboek-server add-household NAME --kind simba
    thuisboek-server add-person NAME --role caregiver --household ID
    thuisboek-server enroll-code PERSON_ID [--hours 24]
    thuisboek-server households | people | devices
    thuisboek-server revoke DEVICE_ID
    thuisboek-server unrevoke DEVICE_ID
    thuisboek-server audit [--record ID] [--person ID] [--device ID] [--household ID]
                           [--action NAME] [--since DAY] [--until DAY] [--limit N | --all] [--json]
    thuisboek-server add-staff NAME --role admin|office   (password: $THUISBOEK_STAFF_PASSWORD
                                                       or asked; never on the command line)
    thuisboek-server reset-staff NAME [--password]        (a lost phone: set up again)
    thuisboek-server demo [--households 10] [--seed N]   (an empty database only)
    thuisboek-server impact [--from DAY] [--to DAY | --year YYYY] [--programme KIND]
                            [--json | --csv | --pdf FILE [--lang nl|fr|en]]
    thuisboek-server backup --out FILE      (SQLite; for PostgreSQL use pg_dump)
    thuisboek-server copy-to TARGET_URL     (e.g. from the SQLite file to PostgreSQL)

``--data DIR`` (default ``$THUISBOEK_SERVER_HOME`` or the platform's data
folder) holds the SQLite database. Another database (``postgresql+psycopg://…``)
is named by ``$THUISBOEK_DATABASE_URL`` or by the file ``$THUISBOEK_DATABASE_URL_FILE``
names (a systemd credential, a container secret): not on the command line, where
any user's ``ps`` shows its password. ``--database-url`` still works (it wins over
the environment) and warns when it carries a password. Nothing here prints a record's content or a
device token; ``enroll-code`` prints its code once, and it is stored hashed.
"""

from __future__ import annotations

import argparse
import contextlib
import ipaddress
import json
import os
import sys
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine

from app.argtypes import day
from app.domain.vocabulary import HouseholdKind, Role
from app.protocol import versions
from app.server.core.clock import now_utc
from app.server.core.config import (
    DATABASE_FILE,
    DATABASE_URL_ENV,
    DATABASE_URL_FILE_ENV,
    DEFAULT_HOST,
    DEFAULT_PORT,
    DatabaseUrlError,
    Settings,
    database_url_from_environment,
    default_data_dir,
    has_password,
)
from app.server.core.db import make_engine, new_session, upgrade
from app.server.services import admin


def _database_url(args: argparse.Namespace) -> str | None:
    if args.database_url:
        if has_password(args.database_url):
            _warn_password("--database-url")
        return str(args.database_url)
    try:
        return database_url_from_environment()
    except DatabaseUrlError as exc:
        raise SystemExit(f"thuisboek-server: {exc}") from None


def _warn_password(where: str) -> None:
    _note(
        f"Warning: the password in {where} is visible to every user of this computer "
        f"(ps); put the URL in {DATABASE_URL_ENV} or in a file named by "
        f"{DATABASE_URL_FILE_ENV} instead."
    )


def _settings(args: argparse.Namespace) -> Settings:
    data = Path(args.data).expanduser() if args.data else default_data_dir()
    return Settings(data_dir=data, database_url=_database_url(args))


def _engine(settings: Settings) -> Engine:
    tightened = settings.ensure_data_dir()
    if tightened:
        _note(f"Tightened the permissions of {', '.join(tightened)} (readable by this user only).")
    engine = make_engine(settings.url)
    upgrade(engine)
    return engine


def _admin(args: argparse.Namespace, action: Callable[..., object]) -> object:
    engine = _engine(_settings(args))
    try:
        with new_session(engine) as session:
            return action(session, now=now_utc())
    finally:
        engine.dispose()


def _out(text: object) -> None:
    print(text)  # noqa: T201 - this is the CLI's output


def _note(text: str) -> None:
    print(text, file=sys.stderr)  # noqa: T201 - messages for the administrator


def _when(moment: datetime | None) -> str:
    return moment.strftime("%Y-%m-%d %H:%M UTC") if moment else "-"


def cmd_init(args: argparse.Namespace) -> int:
    settings = _settings(args)
    _admin(args, admin.init)
    where = settings.data_dir if settings.is_sqlite else "the database"
    _note(f"Initialised {where}.")
    return 0


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from app.server.core import collector
    from app.server.main import create_app

    if bool(args.tls_cert) != bool(args.tls_key):
        raise SystemExit("thuisboek-server: give both --tls-cert and --tls-key.")
    if not args.tls_cert and not _is_loopback(args.host) and not args.plain_http:
        # Tokens and children's records must not cross a network in the clear.
        raise SystemExit(
            "thuisboek-server: plain HTTP only on loopback; give --tls-cert/--tls-key, or "
            "--plain-http behind a TLS-terminating proxy."
        )
    settings = _app_versions(_settings(args), args)
    app = create_app(settings)  # runs the migrations
    collector.settle_start_up()
    uvicorn.run(
        app,
        host=args.host,
        port=args.port,
        ssl_certfile=args.tls_cert,
        ssl_keyfile=args.tls_key,
        proxy_headers=args.plain_http,
        log_level="info",
    )
    return 0


def _app_versions(settings: Settings, args: argparse.Namespace) -> Settings:
    """The app versions the office states to each device, as the options give them."""
    minimum = args.app_minimum or settings.app_minimum
    recommended = args.app_recommended or settings.app_recommended
    for option, value in (("--app-minimum", minimum), ("--app-recommended", recommended)):
        if value is not None and versions.parse(value) is None:
            raise SystemExit(f"thuisboek-server: {option} {value!r} is no version (e.g. 0.2.0).")
    if versions.is_older(recommended, minimum):
        recommended = minimum  # recommending less than what is required means the minimum
    return replace(settings, app_minimum=minimum, app_recommended=recommended)


def cmd_add_household(args: argparse.Namespace) -> int:
    household_id = _admin(args, lambda s, now: admin.add_household(s, args.name, args.kind,
                                                                   now=now))  # fmt: skip
    _out(household_id)
    return 0


def cmd_add_person(args: argparse.Namespace) -> int:
    person_id = _admin(args, lambda s, now: admin.add_person(s, args.name, args.role,
                                                             args.household, now=now))  # fmt: skip
    _out(person_id)
    return 0


def cmd_set_households(args: argparse.Namespace) -> int:
    held = _admin(args, lambda s, now: admin.set_households(s, args.person_id, args.add,
                                                            args.remove, now=now))  # fmt: skip
    assert isinstance(held, list)
    _out(" ".join(str(h) for h in held))
    return 0


def cmd_enroll_code(args: argparse.Namespace) -> int:
    result = _admin(args, lambda s, now: admin.make_enroll_code(s, args.person_id, args.hours,
                                                                now=now))  # fmt: skip
    assert isinstance(result, tuple)
    code, expires_at = result
    _out(code)
    _note(f"One use, valid until {_when(expires_at)}.")
    return 0


def cmd_devices(args: argparse.Namespace) -> int:
    devices = _admin(args, admin.list_devices)
    assert isinstance(devices, list)
    # APP and WAITING as the laptop said them; REVOKED stays the last column.
    _out("DEVICE\tPERSON\tNAME\tENROLLED\tLAST SEEN\tAPP\tWAITING\tREVOKED")
    for d in devices:
        waiting = "-" if d.changes_waiting is None else str(d.changes_waiting)
        _out(f"{d.id}\t{d.person_name} ({d.person_id})\t{d.name or '-'}\t"
             f"{_when(d.created_at)}\t{_when(d.last_seen_at)}\t{d.app_version or '-'}\t"
             f"{waiting}\t{_when(d.revoked_at)}")  # fmt: skip
    return 0


def cmd_households(args: argparse.Namespace) -> int:
    households = _admin(args, admin.list_households)
    assert isinstance(households, list)
    _out("HOUSEHOLD\tNAME\tKIND\tCAREGIVERS\tSUPERVISORS")
    for h in households:
        _out(f"{h.id}\t{h.name}\t{h.kind}\t{h.caregivers}\t{h.supervisors}")
    return 0


def cmd_people(args: argparse.Namespace) -> int:
    people = _admin(args, admin.list_people)
    assert isinstance(people, list)
    _out("PERSON\tNAME\tROLE\tHOUSEHOLDS")
    for p in people:
        households = ", ".join(
            f"{name or '?'} ({household})"
            for household, name in zip(p.households, p.household_names, strict=True)
        )
        _out(f"{p.id}\t{p.name}\t{p.role}\t{households or '-'}")
    return 0


STAFF_PASSWORD_ENV = "THUISBOEK_STAFF_PASSWORD"


def _staff_password() -> str:
    """From the environment, or asked twice on the terminal: never from argv (which
    other users of the machine can read)."""
    import getpass

    given = os.environ.get(STAFF_PASSWORD_ENV)
    if given:
        return given
    if not sys.stdin.isatty():
        raise SystemExit(f"thuisboek-server: set {STAFF_PASSWORD_ENV} or run in a terminal.")
    first = getpass.getpass("Password for the office console: ")
    if getpass.getpass("The same password again: ") != first:
        raise SystemExit("thuisboek-server: the two passwords differ.")
    return first


def cmd_add_staff(args: argparse.Namespace) -> int:
    from app.server.services import staff

    password = _staff_password()
    info = _admin(args, lambda s, now: staff.add_staff(s, args.name, args.role, password,
                                                       now=now))  # fmt: skip
    assert isinstance(info, staff.StaffInfo)
    _note(f"Staff account {info.name} ({info.role}) made. At the first sign-in to /office/ "
          "the authenticator app is set up.")  # fmt: skip
    return 0


def cmd_reset_staff(args: argparse.Namespace) -> int:
    from app.server.services import staff

    password = _staff_password() if args.password else None
    info = _admin(args, lambda s, now: staff.reset(s, args.name, now=now, password=password))
    assert isinstance(info, staff.StaffInfo)
    _note(f"{info.name} sets up the authenticator app again at the next sign-in; "
          "the old recovery codes no longer work.")  # fmt: skip
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    """A consistent copy of the SQLite database while the server runs (SQLite's
    online backup), written readable by this user only."""
    import os
    import sqlite3

    settings = _settings(args)
    if not settings.is_sqlite:
        raise SystemExit("thuisboek-server: back up PostgreSQL with pg_dump (see the README).")
    source_path = settings.data_dir / DATABASE_FILE
    if not source_path.exists():
        raise SystemExit(f"thuisboek-server: no database at {source_path}; run init first.")
    target = Path(args.out).expanduser()
    if target.exists():
        raise SystemExit(f"thuisboek-server: {target} exists; choose a new file.")
    partial = target.with_name(target.name + ".partial")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    try:
        source = sqlite3.connect(source_path)
        dest = sqlite3.connect(partial)
        try:
            source.backup(dest)
            problems = dest.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            dest.close()
            source.close()
        if problems != "ok":
            raise SystemExit(f"thuisboek-server: the copy failed its integrity check: {problems}")
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
    _admin(args, lambda s, now: admin.note_backup(s, target.name, now=now))
    _note(f"Backed up to {target}.")
    return 0


def cmd_copy_to(args: argparse.Namespace) -> int:
    from app.server.services.transfer import copy_database

    if has_password(args.target_url):
        _warn_password("the target URL")
    source = _engine(_settings(args))
    target = make_engine(args.target_url)
    try:
        copied = copy_database(source, target)
    finally:
        source.dispose()
        target.dispose()
    _note(f"Copied {copied} rows. Start the server with --database-url pointing at the copy.")
    return 0


def cmd_revoke(args: argparse.Namespace) -> int:
    _admin(args, lambda s, now: admin.revoke(s, args.device_id, now=now))
    _note(f"Revoked {args.device_id}.")
    return 0


def cmd_unrevoke(args: argparse.Namespace) -> int:
    _admin(args, lambda s, now: admin.unrevoke(s, args.device_id, now=now))
    _note(f"Revocation of {args.device_id} lifted: the laptop may sync again.")
    return 0


def cmd_audit(args: argparse.Namespace) -> int:
    entries = _admin(args, lambda s, now: admin.read_audit(
        s, record=args.record, person=args.person, device=args.device, household=args.household,
        action=args.action, since=args.since, until=args.until,
        limit=None if args.all else args.limit, now=now))  # fmt: skip
    assert isinstance(entries, list)
    if args.json:
        for e in entries:
            _out(json.dumps({"id": e.id, "at": e.at.isoformat(), "action": e.action,
                             "person": e.person_id, "device": e.device_id,
                             "household": e.household_id, "records": e.record_ids,
                             "detail": e.detail}))  # fmt: skip
        return 0
    _out("AT\tACTION\tPERSON\tDEVICE\tHOUSEHOLD\tRECORDS\tDETAIL")
    for e in entries:
        _out(f"{e.at.strftime('%Y-%m-%d %H:%M:%S UTC')}\t{e.action}\t{e.person_id or '-'}\t"
             f"{e.device_id or '-'}\t{e.household_id or '-'}\t{len(e.record_ids)}\t"
             f"{e.detail or '-'}")  # fmt: skip
    if not args.all and len(entries) == args.limit:
        _note(f"The newest {args.limit} rows; --limit N or --all for more.")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from app.server.services import demo_office

    if not 1 <= args.households <= 1000:
        raise SystemExit("thuisboek-server: --households is between 1 and 1000.")
    try:
        made = _admin(args, lambda s, now: demo_office.make(
            s, args.households, today=now.date(), now=now, seed=args.seed))  # fmt: skip
    except demo_office.DemoRefused as exc:
        raise SystemExit(f"thuisboek-server: {exc}.") from None
    assert isinstance(made, demo_office.Made)
    _note(f"Demo office: {made.households} households, {made.children} children, "
          f"{made.records} records over the last year. Try: thuisboek-server impact")  # fmt: skip
    return 0


def cmd_impact(args: argparse.Namespace) -> int:
    from app.server.services import impact
    from app.server.services.impact import output

    if args.year is not None:
        if args.start or args.to:
            raise SystemExit("thuisboek-server: give --year or --from/--to, not both.")
        start, end = date(args.year, 1, 1), date(args.year, 12, 31)
    else:
        end = args.to or now_utc().date()
        start = args.start or end.replace(year=end.year - 1) + timedelta(days=1)
    if end < start:
        raise SystemExit("thuisboek-server: --to lies before --from.")
    programme = None if args.programme in (None, "every") else args.programme
    found = _admin(args, lambda s, now: impact.read_report(
        s, impact.Period(start, end), programme, now=now))  # fmt: skip
    assert isinstance(found, impact.Report)
    if args.pdf:
        from app.server.services.impact.pdf import render

        target = Path(args.pdf).expanduser()
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as file:
            file.write(render(found, args.lang))
        _note(f"Care figures written to {target}.")
    elif args.json:
        _out(output.as_json(found))
    elif args.csv:
        sys.stdout.write(output.as_csv(found))
    else:
        _out(output.as_text(found))
    return 0


def parser() -> argparse.ArgumentParser:
    main = argparse.ArgumentParser(
        prog="thuisboek-server", description="Thuisboek central office server."
    )
    main.add_argument("--data", help="data folder (default: $THUISBOEK_SERVER_HOME or the "
                      "platform's data folder)")  # fmt: skip
    main.add_argument("--database-url", help="e.g. sqlite:///PATH; a URL with a password "
                      f"belongs in ${DATABASE_URL_ENV} or a file named by "
                      f"${DATABASE_URL_FILE_ENV} (default: those, else a SQLite file in the "
                      "data folder)")  # fmt: skip
    sub = main.add_subparsers(dest="command", required=True)

    sub.add_parser("init", help="create or migrate the database").set_defaults(func=cmd_init)

    serve = sub.add_parser("serve", help="run the server")
    serve.add_argument("--host", default=DEFAULT_HOST)
    serve.add_argument("--port", type=int, default=DEFAULT_PORT)
    serve.add_argument("--tls-cert")
    serve.add_argument("--tls-key")
    serve.add_argument("--app-minimum", metavar="VERSION",
                       help="the oldest app version that may sync (default "
                       f"{versions.OLDEST_APP_VERSION}); older apps are told to update "
                       "and send nothing")  # fmt: skip
    serve.add_argument("--app-recommended", metavar="VERSION",
                       help="the app version the office recommends (default: this "
                       "server's own); older apps still sync and say an update is "
                       "recommended")  # fmt: skip
    serve.add_argument("--plain-http", action="store_true",
                       help="allow plain HTTP off loopback (only behind a TLS proxy)")  # fmt: skip
    serve.set_defaults(func=cmd_serve)

    household = sub.add_parser("add-household", help="create a household; prints its id")
    household.add_argument("name")
    household.add_argument("--kind", required=True, choices=[k.value for k in HouseholdKind])
    household.set_defaults(func=cmd_add_household)

    person = sub.add_parser("add-person", help="create a person; prints their id")
    person.add_argument("name")
    person.add_argument("--role", required=True, choices=[r.value for r in Role])
    person.add_argument("--household", action="append", default=[], metavar="ID",
                        help="a household they belong to (caregiver) or supervise")  # fmt: skip
    person.set_defaults(func=cmd_add_person)

    assign = sub.add_parser(
        "set-households",
        help="give a person households or take them away; prints their households",
    )
    assign.add_argument("person_id")
    assign.add_argument("--add", action="append", default=[], metavar="ID",
                        help="a household to give them (caregiver) or to supervise")  # fmt: skip
    assign.add_argument("--remove", action="append", default=[], metavar="ID",
                        help="a household to take away (not their first one)")  # fmt: skip
    assign.set_defaults(func=cmd_set_households)

    code = sub.add_parser("enroll-code", help="make a one-time enrollment code")
    code.add_argument("person_id")
    code.add_argument("--hours", type=float, default=24.0)
    code.set_defaults(func=cmd_enroll_code)

    sub.add_parser("households", help="list households").set_defaults(func=cmd_households)
    sub.add_parser("people", help="list people, their roles and households").set_defaults(
        func=cmd_people
    )
    sub.add_parser("devices", help="list enrolled devices").set_defaults(func=cmd_devices)

    revoke = sub.add_parser("revoke", help="revoke a device")
    revoke.add_argument("device_id")
    revoke.set_defaults(func=cmd_revoke)
    unrevoke = sub.add_parser("unrevoke", help="lift the revocation of a device")
    unrevoke.add_argument("device_id")
    unrevoke.set_defaults(func=cmd_unrevoke)

    log = sub.add_parser(
        "audit",
        help="read the audit log (newest rows, oldest first); reading it is logged too",
    )
    log.add_argument("--record", metavar="ID", help="rows naming this record")
    log.add_argument("--person", metavar="ID")
    log.add_argument("--device", metavar="ID")
    log.add_argument("--household", metavar="ID")
    log.add_argument("--action", metavar="NAME", help="e.g. view, push, pull, revoke")
    log.add_argument("--since", type=day, metavar="YYYY-MM-DD", help="from this day (UTC)")
    log.add_argument("--until", type=day, metavar="YYYY-MM-DD", help="to this day (UTC), included")
    count = log.add_mutually_exclusive_group()
    count.add_argument("--limit", type=int, default=100, help="the newest N rows (default 100)")
    count.add_argument("--all", action="store_true", help="every matching row")
    log.add_argument("--json", action="store_true", help="one JSON object per row, with record ids")
    log.set_defaults(func=cmd_audit)

    staff = sub.add_parser(
        "add-staff",
        help=f"make an office console account (password from ${STAFF_PASSWORD_ENV} or asked)",
    )
    staff.add_argument("name")
    staff.add_argument("--role", required=True, choices=["admin", "office"])
    staff.set_defaults(func=cmd_add_staff)

    reset = sub.add_parser(
        "reset-staff",
        help="a lost phone: the authenticator is set up again at the next sign-in",
    )
    reset.add_argument("name")
    reset.add_argument(
        "--password",
        action="store_true",
        help=f"a new password too (from ${STAFF_PASSWORD_ENV} or asked)",
    )
    reset.set_defaults(func=cmd_reset_staff)
    demo = sub.add_parser("demo", help="fill an empty database with a made-up office and a "
                          "year of its records")  # fmt: skip
    demo.add_argument("--households", type=int, default=10, help="how many (default 10)")
    demo.add_argument("--seed", type=int, default=19, help="the same seed, the same office")
    demo.set_defaults(func=cmd_demo)

    figures = sub.add_parser(
        "impact",
        help="the organisation's figures over a period, each with numerator, denominator "
        "and coverage; counts below 5 are not shown",
    )
    figures.add_argument("--from", dest="start", type=day, metavar="YYYY-MM-DD",
                         help="the first day (default: a year before --to)")  # fmt: skip
    figures.add_argument("--to", type=day, metavar="YYYY-MM-DD",
                         help="the last day, included (default: today)")  # fmt: skip
    figures.add_argument("--programme", choices=["every", "all", *(k.value for k in HouseholdKind)],
                         help="one household kind, or all of them together (default: every "
                         "programme and all together)")  # fmt: skip
    figures.add_argument("--year", type=int, help="a calendar year (instead of --from/--to)")
    shape = figures.add_mutually_exclusive_group()
    shape.add_argument("--json", action="store_true", help="JSON")
    shape.add_argument("--csv", action="store_true", help="CSV, one row per figure")
    shape.add_argument("--pdf", metavar="FILE", help='the "Care figures" report as a PDF')
    figures.add_argument("--lang", choices=["nl", "fr", "en"], default="nl",
                         help="the PDF's language (default nl)")  # fmt: skip
    figures.set_defaults(func=cmd_impact)

    backup = sub.add_parser("backup", help="a consistent copy of the SQLite database")
    backup.add_argument("--out", required=True, help="the new backup file")
    backup.set_defaults(func=cmd_backup)

    copy = sub.add_parser("copy-to", help="copy the whole database into a new, empty one")
    copy.add_argument("target_url", help="e.g. postgresql+psycopg://user:pw@host/db")
    copy.set_defaults(func=cmd_copy_to)
    return main


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        code: int = args.func(args)
        sys.stdout.flush()
    except admin.AdminError as exc:
        _note(f"thuisboek-server: {exc}")
        return 1
    except BrokenPipeError:
        # The reader went away (``devices | head``): the rest is not wanted. Later
        # writes, Python's own flush at exit included, go nowhere.
        with contextlib.suppress(OSError, ValueError, AttributeError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        return 0
    return code


if __name__ == "__main__":
    sys.exit(main())
