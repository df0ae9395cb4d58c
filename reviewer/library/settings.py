"""The user's settings file: a small JSON object in the user's configuration folder.

Written whole or not at all, readable by the user only. A damaged file never stops the
program: the settings it could not give take their defaults, and `problem` says why.
`REVIEWER_SETTINGS` names another file (tests, scripts); `REVIEWER_AUTHOR` overrides the
author whatever the file says.
"""

from __future__ import annotations

import getpass
import json
import os
import shutil
from pathlib import Path

from reviewer.core.errors import ReviewerError
from reviewer.core.i18n import tr
from reviewer.core.settings import KEYS, LANGUAGES, Settings, checked, names
from reviewer.library.paths import APP_NAME

SETTINGS_ENV = "REVIEWER_SETTINGS"
AUTHOR_ENV = "REVIEWER_AUTHOR"
FILE_NAME = "settings.json"
GAGES_FILE = "gages.json"  # the user's gage templates, {"name": "wording", ...}
MAX_BYTES = 64 * 1024  # a settings file is a few hundred bytes: anything bigger is not one


def settings_path() -> Path:
    """`REVIEWER_SETTINGS`, else settings.json in the platform's user config folder."""
    configured = os.environ.get(SETTINGS_ENV)
    if configured:
        return Path(configured).expanduser()
    import platformdirs  # Deferred: only needed when settings are read.

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / FILE_NAME


def gages_path() -> Path:
    """The user's gage templates: gages.json beside the settings file, edited by hand."""
    return settings_path().with_name(GAGES_FILE)


def load_settings(path: Path | None = None) -> Settings:
    path = path or settings_path()
    try:
        with path.open("rb") as file:
            raw = file.read(MAX_BYTES + 1)
        if len(raw) > MAX_BYTES:
            raise ValueError("too big")
        data = json.loads(raw or b"{}")
    except FileNotFoundError:
        return Settings()
    except OSError as error:
        return Settings(
            problem=tr(
                "cannot read {path}: {reason}; defaults used",
                path=path,
                reason=error.strerror or error,
            )
        )
    except ValueError:
        return Settings(
            problem=tr("{path} is not a settings file (damaged?); defaults used", path=path)
        )
    if not isinstance(data, dict):
        return Settings(
            problem=tr("{path} is not a settings file (damaged?); defaults used", path=path)
        )
    values, wrong = {}, []
    for key in KEYS:
        if key in data:
            try:
                values[key] = checked(key, data[key])
            except ReviewerError as error:
                wrong.append(str(error))
    problem = (
        tr("{path}: {problems}; defaults used for these", path=path, problems="; ".join(wrong))
        if wrong
        else ""
    )
    return Settings(**values, problem=problem)


def chosen_language(path: Path | None = None) -> str | None:
    """The language the settings file names, None if it names none: the messages then follow
    the system's locale (`Settings.language` says "fr" then, its default for reports)."""
    try:
        with (path or settings_path()).open("rb") as file:
            data = json.loads(file.read(MAX_BYTES + 1) or b"{}")
    except (OSError, ValueError):
        return None
    language = data.get("language") if isinstance(data, dict) else None
    return language if language in LANGUAGES else None


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Replace the file at once (a crash leaves the old one), mode 0600; a damaged file
    is first copied to settings.json.damaged."""
    path = path or settings_path()
    values = {key: checked(key, getattr(settings, key)) for key in KEYS}
    data = (json.dumps(values, ensure_ascii=False, indent=2) + "\n").encode()
    partial = path.with_name(f".{path.name}.partial")
    try:
        if path.is_file() and load_settings(path).problem:  # kept aside, never lost
            shutil.copyfile(path, path.with_name(f"{path.name}.damaged"))
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        partial.unlink(missing_ok=True)
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(partial, path)
    except OSError as error:
        partial.unlink(missing_ok=True)
        reason = error.strerror or str(error)
        raise ReviewerError(
            tr("cannot save the settings in {path}: {reason}", path=path, reason=reason)
        ) from error


def author_name(settings: Settings) -> str:
    """`REVIEWER_AUTHOR`, else the settings' author, else the login name."""
    override = os.environ.get(AUTHOR_ENV, "").strip()
    if override or settings.author:
        return override or settings.author
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name (a container): unsigned rather than a crash
        return ""


def signatory_names(settings: Settings) -> tuple[str, ...]:
    """Who signs drafted amendments: the settings' signatories, else the author alone."""
    listed = names(settings.signatories)
    if listed:
        return listed
    author = author_name(settings)
    return (author,) if author else ()


def save_and_reload(settings: Settings) -> Settings:
    """Save the settings for this user (all or nothing); return them as saved."""
    save_settings(settings)
    return load_settings()
