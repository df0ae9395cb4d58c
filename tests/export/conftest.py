"""The W3C Web Annotation test suite's schemas, set up as its HOW-TO-VALIDATE.md says."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest
from jsonschema import Draft4Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

Failures = Callable[[object, str], list[str]]
# jsonschema checks "uri" and "date-time" only with optional packages: check them here.
FORMATS = FormatChecker()
URI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s]*")
RFC3339 = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)")


@FORMATS.checks("uri")
def is_uri(value: object) -> bool:
    return not isinstance(value, str) or URI.fullmatch(value) is not None


@FORMATS.checks("date-time")
def is_date_time(value: object) -> bool:
    return not isinstance(value, str) or RFC3339.fullmatch(value) is not None


@cache
def _schemas(folder: Path) -> tuple[Registry, dict[str, dict]]:
    schemas = {}
    for path in [*folder.glob("definitions/*.json"), *folder.glob("annotations/**/*.json")]:
        schemas[str(path.relative_to(folder))] = json.loads(path.read_text(encoding="utf-8"))
    # Rule files $ref the definitions and each other by their bare `id`: register them so.
    registry = Registry().with_resources(
        (schema["id"], Resource.from_contents(schema, default_specification=DRAFT4))
        for schema in schemas.values()
    )
    return registry, schemas


@cache
def _validator(folder: Path, assertion: str) -> Draft4Validator:
    registry, schemas = _schemas(folder)
    return Draft4Validator(schemas[assertion], registry=registry, format_checker=FORMATS)


@pytest.fixture
def w3c_dir(shared_pdfs: Path) -> Path:
    return shared_pdfs.parent / "w3c"


@pytest.fixture
def w3c_failures(w3c_dir: Path) -> Failures:
    """The rules of a .test list (e.g. annotationMusts.test) that an annotation breaks."""

    def failures(annotation: object, test: str) -> list[str]:
        listing = json.loads((w3c_dir / "annotations" / test).read_text(encoding="utf-8"))
        return [
            assertion
            for assertion in listing["assertions"]
            if not _validator(w3c_dir, assertion).is_valid(annotation)
        ]

    return failures
