"""One folder of Alembic migrations, run from code: the laptop's store and the
central office's database each have theirs (``app/storage/migrations``,
``app/server/migrations``)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine


class Migrations:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _config(self) -> Config:
        config = Config()
        config.set_main_option("script_location", str(self.folder))
        return config

    def head_revision(self) -> str:
        head = ScriptDirectory.from_config(self._config()).get_current_head()
        assert head is not None
        return head

    @staticmethod
    def current_revision(engine: Engine) -> str | None:
        with engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()

    def upgrade(self, engine: Engine, revision: str = "head") -> None:
        """Bring the schema to ``revision``; a no-op when it is there already."""
        if revision == "head" and self.current_revision(engine) == self.head_revision():
            return
        config = self._config()
        with engine.connect() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, revision)
            conn.commit()

    def downgrade(self, engine: Engine, revision: str) -> None:
        """Take the schema back to ``revision`` (tests of the migrations use it)."""
        config = self._config()
        with engine.connect() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, revision)
            conn.commit()
