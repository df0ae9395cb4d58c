"""The `reviewer` command: a thin shell over the library facade."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from reviewer.cli.parser import build_parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:  # `reviewer` alone: what it can do, not an error
        parser.print_help()
        return 0
    # Heavy floors are imported only now, so `reviewer --version` and `--help` start fast.
    from reviewer.cli.session import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
