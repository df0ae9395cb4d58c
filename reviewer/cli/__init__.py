"""The `reviewer` command: a thin shell over the library facade."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from reviewer.cli.parser import build_parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    # Heavy floors are imported only now, so `reviewer --version` and `--help` start fast.
    from reviewer.cli.session import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
