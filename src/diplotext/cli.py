"""The ``diplotext`` command: a thin dispatcher over :mod:`diplotext.commands`.

Exit status: 0 when every input was handled, 1 when some input could not be
read or parsed (each reported on stderr, the others still processed), 2 for a
usage error, 130 when interrupted.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
from collections.abc import Sequence

from diplotext._version import __version__
from diplotext.commands import COMMANDS

__all__ = ["main"]


def build_argparser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand registered."""
    ap = argparse.ArgumentParser(
        prog="diplotext",
        description="Extract dates, officials, countries, organizations, events and topics "
        "from English news about foreign relations.",
        epilog="Run 'diplotext COMMAND --help' for a command's options and examples.",
    )
    ap.add_argument("--version", action="version", version=f"diplotext {__version__}")
    sub = ap.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMANDS:
        p = sub.add_parser(
            module.NAME,
            help=module.HELP,
            description=module.HELP[:1].upper() + module.HELP[1:] + ".",
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        module.add_arguments(p)
        p.set_defaults(run=module.run)
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    ap = build_argparser()
    args = ap.parse_args(argv)
    if args.command is None:
        ap.print_help(sys.stderr)
        return 2
    try:
        status: int = args.run(args, sys.stdout, sys.stderr)
        sys.stdout.flush()
        return status
    except BrokenPipeError:
        # The reader went away (``diplotext parse dir | head``): stop quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        sys.stderr.write("diplotext: interrupted\n")
        return 128 + signal.SIGINT
