"""The ``thuisboek`` command: the desktop app, and headless tasks for support and scripts.

Passphrases come from ``THUISBOEK_PASSPHRASE`` or a prompt, never from the
command line (where other users of the computer could read them).
"""

from __future__ import annotations

import argparse
import configparser
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app import paths
from app.argtypes import day
from app.domain.messages import QT_TRANSLATE_NOOP, ThuisboekError

if TYPE_CHECKING:
    from app.storage.book import Book

PASSPHRASE_ENV = "THUISBOEK_PASSPHRASE"


def say(text: str, **params: Any) -> str:
    """A message of the command line in the person's language (Qt starts only now)."""
    from app.ui.cli_text import say as in_language

    return in_language(text, **params)


def read_passphrase(prompt: str = "Passphrase: ", *, confirm: bool = False) -> str:
    from_env = os.environ.get(PASSPHRASE_ENV)
    if from_env is not None:
        return from_env
    if not sys.stdin.isatty():
        raise SystemExit(f"thuisboek: set {PASSPHRASE_ENV} or run in a terminal to be asked.")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Again: ") != first:
        raise SystemExit("thuisboek: the passphrases differ.")
    return first


def _profile(args: argparse.Namespace) -> Path:
    return Path(args.profile).expanduser() if args.profile else paths.default_profile_dir()


def _open(args: argparse.Namespace) -> Book:
    """Unlock the profile for a command; a revoked one stays closed (before the
    passphrase is asked for, when the mark is there)."""
    from app.services import profile

    target = _profile(args)
    if profile.is_revoked(target):
        raise profile.ProfileRevoked()
    book = profile.unlock(target, read_passphrase())
    profile.refuse_if_revoked(book)
    return book


def cmd_gui(args: argparse.Namespace) -> int:
    from app.ui.application import run_gui

    return run_gui(_profile(args), args.lang)


def cmd_demo(args: argparse.Namespace) -> int:
    from app.demo import household
    from app.services import profile, profiles

    target = _profile(args)
    passphrase = read_passphrase("New passphrase: ", confirm=True)
    language = args.demo_lang or "nl"
    if args.kind == "minors":
        from app.demo import minors

        book = profile.create_profile(target, passphrase, minors.minors_profile(language))
        fill: Callable[..., household.DemoSummary] = minors.fill
    elif args.kind == "village":
        from app.demo import village

        book = profile.create_profile(target, passphrase, village.village_profile(language))
        fill = village.fill_village
    else:
        book = profile.create_profile(target, passphrase, household.demo_profile(language))
        fill = household.fill
    try:
        summary = fill(book, years=args.years, language=language)
        profiles.write_card(book, summary.household)  # its line in the unlock list
    finally:
        book.close()
    print(say(QT_TRANSLATE_NOOP("Cli", "Household: {name}"), name=summary.household))
    for name in summary.children:
        print(say(QT_TRANSLATE_NOOP("Cli", "Child: {name}"), name=name))
    print(say(QT_TRANSLATE_NOOP("Cli", "Records: {count}"), count=summary.records))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from app.services import maintenance

    book = _open(args)
    try:
        report = maintenance.check(book)
    finally:
        book.close()
    for kind, count in sorted(report.counts.items()):
        print(f"{kind}: {count}")
    print(f"outbox: {report.outbox}")
    print(f"schema: {report.schema}")
    if report.problems:
        for problem in report.problems:
            print(f"problem: {problem}", file=sys.stderr)
        return 1
    print("integrity: ok")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from app.services import maintenance

    book = _open(args)
    try:
        maintenance.backup(book, Path(args.out))
    finally:
        book.close()
    print(say(QT_TRANSLATE_NOOP("Cli", "Backup written to {path}"), path=args.out))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from app.services import maintenance

    target = _profile(args)
    maintenance.restore(Path(args.backup), target, read_passphrase("Passphrase of the backup: "))
    print(say(QT_TRANSLATE_NOOP("Cli", "Profile restored to {path}"), path=target))
    return 0


def cmd_screenshots(args: argparse.Namespace) -> int:
    from app.ui import screenshots

    passphrase = read_passphrase()
    for lang in [args.lang] if args.lang else ["nl", "fr", "en"]:
        for path in screenshots.take(_profile(args), Path(args.out), lang, passphrase):
            print(path)
    return 0


def stored_language() -> str | None:
    """The language chosen in the app (its settings file), read without Qt."""
    settings = configparser.ConfigParser(interpolation=None)
    try:
        settings.read(paths.data_home() / "settings.ini", encoding="utf-8")
    except (OSError, configparser.Error, UnicodeDecodeError):
        return None
    code = settings.get("ui", "language", fallback="").strip()
    return code or None


def cmd_report(args: argparse.Namespace) -> int:
    from app.services import report

    lang = getattr(args, "lang", None) or stored_language() or report.DEFAULT_LANGUAGE
    if lang not in report.LANGUAGES:
        lang = report.DEFAULT_LANGUAGE
    if args.start > args.end:  # said before the passphrase is asked for
        raise report.BadPeriod(args.start.isoformat(), args.end.isoformat())
    book = _open(args)
    try:
        result = report.build_report(book, args.child, args.start, args.end, Path(args.out), lang)
    finally:
        book.close()
    text = QT_TRANSLATE_NOOP("Cli", "Report of {child} written to {path} ({pages} pages)")
    print(say(text, child=result.child_name, path=result.path, pages=result.pages))
    if result.font_note:
        print(f"thuisboek: {result.font_note}", file=sys.stderr)
    return 0


def cmd_book(args: argparse.Namespace) -> int:
    from app.services import lifebook

    book = _open(args)
    try:
        made = lifebook.make_book(book, args.child, getattr(args, "lang", None))
        path = lifebook.save_book(made, Path(args.out))
    finally:
        book.close()
    text = QT_TRANSLATE_NOOP("Cli", "The book of {child} written to {path} ({pages} pages)")
    print(say(text, child=made.child.given_name, path=path, pages=made.pages))
    return 0


def cmd_export_young_person(args: argparse.Namespace) -> int:
    from app.services import young_export

    book = _open(args)
    try:
        made = young_export.make_export(book, args.child, getattr(args, "lang", None))
        paths = young_export.write_export(made, Path(args.out))
    finally:
        book.close()
    text = QT_TRANSLATE_NOOP("Cli", "The export for {child} written to {folder}:")
    folder = paths[0].parent
    print(say(text, child=made.child.display_name(), folder=folder))
    for path in paths:
        print(f"  {path.relative_to(folder).as_posix()}")
    return 0


def _enrol_code() -> str:
    code = os.environ.get("THUISBOEK_ENROLL_CODE")
    if code is None:
        if not sys.stdin.isatty():
            raise SystemExit("thuisboek: set THUISBOEK_ENROLL_CODE or run in a terminal.")
        code = input("Enrolment code: ")
    return code


def _confirmed(args: argparse.Namespace, question: str) -> bool:
    """``--yes``, or the word "erase" typed in a terminal."""
    if args.yes:
        return True
    if not sys.stdin.isatty():
        raise SystemExit("thuisboek: add --yes to confirm, or run in a terminal to be asked.")
    return input(f"{question} Type 'erase' to confirm: ").strip().lower() == "erase"


def cmd_enroll(args: argparse.Namespace) -> int:
    """The app's Connect: a first enrolment, or again for the profile's own person;
    another person's code changes nothing. ``--start-over``: the profile is erased
    and made anew for the code's person (only once the office accepted the code)."""
    from app.services import enrolment

    if args.start_over:
        target = _profile(args)
        if not _confirmed(args, f"Erase every record of the profile in {target}?"):
            print("thuisboek: nothing was changed.", file=sys.stderr)
            return 1
        passphrase = read_passphrase()
        book = enrolment.start_over(target, passphrase, args.server, _enrol_code())
    else:
        book = _open(args)
        try:
            enrolment.enrol_open_book(book, args.server, _enrol_code())
        except BaseException:
            book.close()
            raise
    try:
        from app.services.sync import SyncService

        link = SyncService(book).link()
        assert link is not None
    finally:
        book.close()
    print(f"Enrolled as device {link.device_id} with {link.server_url}")
    return 0


def cmd_erase(args: argparse.Namespace) -> int:
    from app.services import enrolment, profile

    target = _profile(args)
    if not profile.exists(target) and not profile.is_revoked(target):
        raise SystemExit(f"thuisboek: there is no profile in {target}.")
    if not _confirmed(args, f"Erase every record of the profile in {target}?"):
        print("thuisboek: nothing was erased.", file=sys.stderr)
        return 1
    enrolment.discard(target)
    print(say(QT_TRANSLATE_NOOP("Cli", "Profile in {path} erased."), path=target))
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    from app.services import enrolment, profile
    from app.services.sync import SyncService

    book = profile.unlock(_profile(args), read_passphrase())
    try:
        enrolment.lift_if_lifted(book)  # the office may have lifted a revocation
        profile.refuse_if_revoked(book)
    except BaseException:
        book.close()
        raise
    try:
        report = SyncService(book).run(confirm_mass_delete=args.confirm_mass_delete)
    finally:
        book.close()
    if report is None:
        raise SystemExit("thuisboek: this profile is not enrolled; run 'thuisboek enroll'.")
    print(
        f"pushed {report.pushed} (merged {report.merged}, rejected {report.rejected}, "
        f"conflicts {report.conflicts}), pulled {report.pulled}, resent {report.resent}"
    )
    return 0


def cmd_smoke(args: argparse.Namespace) -> int:
    from app.ui.smoke import run_smoke

    return run_smoke(Path(args.profile).expanduser())


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="thuisboek", description="Thuisboek, the home book.")
    parser.add_argument("--profile", help="profile folder (default: the local default profile)")
    parser.add_argument("--lang", choices=["nl", "fr", "en"], help="language of the app")
    parser.set_defaults(func=cmd_gui)
    sub = parser.add_subparsers(title="commands")

    def command(
        name: str, func: Callable[[argparse.Namespace], int], text: str
    ) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=text, description=text)
        p.add_argument("--profile", help="profile folder", default=argparse.SUPPRESS)
        p.set_defaults(func=func)
        return p

    demo = command("demo", cmd_demo, "create a profile filled with a demo household")
    demo.add_argument("--years", type=int, default=1, help="years of daily logs (default 1)")
    demo.add_argument(
        "--lang",
        dest="demo_lang",
        choices=["nl", "fr", "en"],
        help="language the care parents write in (default nl: a Simba home; fr: an SOS family "
        "in the children's village of Chantevent; the relief carer writes French)",
    )
    demo.add_argument(
        "--kind",
        choices=["family", "minors", "village"],
        default="family",
        help="the household: a care family with three young children (default), a house "
        "for unaccompanied minors (four young people of 15 to 17, their files, guardians "
        "and lawyer), or a children's village where an SOS aunt covers two families, with "
        "handover notes",
    )
    command("check", cmd_check, "unlock a profile, check its integrity and count its records")
    backup = command("backup", cmd_backup, "write an encrypted backup of a profile to one file")
    backup.add_argument("--out", required=True, help="the backup file to write")
    restore = command("restore", cmd_restore, "restore a profile from a backup file")
    restore.add_argument("backup", help="the backup file")
    enroll = command("enroll", cmd_enroll, "enrol this profile with the central office")
    enroll.add_argument("--server", required=True, help="the server's address (https://…)")
    enroll.add_argument(
        "--start-over",
        action="store_true",
        help="erase this profile and start anew for the code's person (asks to confirm)",
    )
    enroll.add_argument("--yes", action="store_true", help="confirm --start-over")
    erase = command("erase", cmd_erase, "erase a profile from this computer (asks to confirm)")
    erase.add_argument("--yes", action="store_true", help="confirm without asking")
    sync = command("sync", cmd_sync, "push waiting changes and pull what others wrote")
    sync.add_argument(
        "--confirm-mass-delete",
        action="store_true",
        help="apply a pull that removes most of a household's records",
    )
    report = command("report", cmd_report, "write the period report of one child as a PDF")
    report.add_argument("--child", required=True, metavar="ID-OR-NAME", help="the child")
    for flag, dest, text in (("--from", "start", "first day"), ("--to", "end", "last day")):
        report.add_argument(
            flag, dest=dest, required=True, type=day, metavar="YYYY-MM-DD", help=text
        )
    report.add_argument("--out", required=True, metavar="FILE.pdf", help="the PDF file to write")
    report.add_argument(
        "--lang",
        choices=["nl", "fr", "en"],
        default=argparse.SUPPRESS,
        help="language of the report (default: the app's language, else nl)",
    )
    life = command("book", cmd_book, "write a child's life-story book as a PDF")
    life.add_argument("--child", required=True, metavar="ID-OR-NAME", help="the child")
    life.add_argument("--out", required=True, metavar="FILE.pdf", help="the PDF file to write")
    life.add_argument(
        "--lang",
        choices=["nl", "fr", "en"],
        default=argparse.SUPPRESS,
        help="language of the book (default: the child's language, else nl)",
    )
    young = command(
        "export-young-person",
        cmd_export_young_person,
        "write what a young person who leaves care receives (their file and book) to a folder",
    )
    young.add_argument("--child", required=True, metavar="ID-OR-NAME", help="the child")
    young.add_argument("--out", required=True, metavar="FOLDER", help="the folder to write into")
    young.add_argument(
        "--lang",
        choices=["nl", "fr", "en"],
        default=argparse.SUPPRESS,
        help="language of the export (default: the child's language, else nl)",
    )
    shots = command("screenshots", cmd_screenshots, "render each main screen of a profile to PNG")
    shots.add_argument("--out", required=True, help="folder for the PNG files")
    shots.add_argument("--lang", choices=["nl", "fr", "en"], help="one language (default: all)")
    # Not for people: the smoke test of a built bundle (packaging/smoke_bundle.py).
    smoke = sub.add_parser("smoke")
    smoke.add_argument("--profile", required=True, help="a new, empty profile folder")
    smoke.set_defaults(func=cmd_smoke)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from app.ui.cli_text import choose_language

    # What the command says: --lang, else the app's language, else the system's.
    choose_language(getattr(args, "lang", None), getattr(args, "demo_lang", None),
                    stored_language())  # fmt: skip
    try:
        return int(args.func(args))
    except ThuisboekError as exc:
        from app.ui.cli_text import explain

        print(f"thuisboek: {explain(exc.message)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
