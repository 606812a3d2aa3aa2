"""End to end: the central office restores an older backup of its database.

After a restore the server's change feed hands out again the sequence numbers
it had given to the changes it lost, to whatever comes next. A laptop must not
take "my cursor is not beyond the server's last change" for "the server has
what I pulled": another laptop may have pushed past it first. Each laptop tells
the server which change its cursor stands on; where that change is not the
same, the laptop sends again what it holds and reads the feed from the start.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from tests.integration.laptops import Laptop, admin, restore
from tests.support.servers import free_port, server_command, serving


def test_a_laptop_behind_a_restore_others_pushed_past_sends_again(tmp_path: Path) -> None:
    data = tmp_path / "server"
    data.mkdir()
    admin(data, "init")
    household = admin(data, "add-household", "Gezin Peeters", "--kind", "simba")
    people = [
        admin(data, "add-person", name, "--role", "caregiver", "--household", household)
        for name in ("Anna", "Ben")
    ]
    backup = tmp_path / "backup.db"
    port = free_port()  # the same address after the restore
    command = server_command(data, None, port)
    url = f"http://127.0.0.1:{port}"
    made: list[Laptop] = []
    try:
        with serving(data, command=command):
            for person in people:
                code = admin(data, "enroll-code", person, "--hours", "1")
                made.append(Laptop(tmp_path / f"laptop{len(made)}", url, code))
            a, b = made
            before = a.write("Voor de back-up")
            a.engine.sync()
            b.engine.sync()
            admin(data, "backup", "--out", str(backup))
            lost = {b.write(f"Na de back-up {n}") for n in range(3)}  # lost with the restore
            b.engine.sync()
            a.engine.sync()
            assert lost <= a.children()

        restore(data, backup)
        with serving(data, command=command):
            # Anna writes first: the restored feed numbers her changes where Ben's were.
            newer = {a.write(f"Na het herstel {n}") for n in range(5)}
            a.engine.sync()
            b.engine.sync()
            a.engine.sync()
            everything = {before} | lost | newer
            assert a.children() == everything
            assert b.children() == everything
            page = a.transport.pull(uuid.UUID(household), 0, 1000)
            assert {c.record_id for c in page.changes if c.kind == "child"} == everything
    finally:
        for laptop in made:
            laptop.close()
