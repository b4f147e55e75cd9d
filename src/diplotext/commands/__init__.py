"""Subcommands of the ``diplotext`` command, one module each.

Each module defines ``NAME``, ``HELP``, ``add_arguments(parser)`` and
``run(args, out, err) -> int`` (the exit status). :mod:`diplotext.cli`
registers every module listed in :data:`COMMANDS`.
"""

from __future__ import annotations

from types import ModuleType

from diplotext.commands import evaluate, parse, render, schema

#: The subcommand modules, in the order ``--help`` lists them.
COMMANDS: tuple[ModuleType, ...] = (parse, render, schema, evaluate)

__all__ = ["COMMANDS"]
