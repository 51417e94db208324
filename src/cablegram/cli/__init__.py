"""The command line: a thin shell that parses arguments, calls the stages and prints.

Each command lives in its own module and registers itself with :func:`command`, so adding
a command never means editing a chain of ifs here.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from cablegram import __version__

Configure = Callable[[argparse.ArgumentParser], None]


@dataclass(frozen=True, slots=True)
class Command:
    """A subcommand: its name, one line of help, and the function that adds its arguments.

    ``configure`` must call ``parser.set_defaults(run=...)`` with the function that runs it.
    """

    name: str
    help: str
    configure: Configure


COMMANDS: dict[str, Command] = {}


def _command_modules() -> list[str]:
    """Every ``cablegram.cli.*_cmd`` module: each registers one or more commands on import."""
    package = importlib.import_module("cablegram.cli")
    return sorted(
        f"cablegram.cli.{info.name}"
        for info in pkgutil.iter_modules(package.__path__)
        if info.name.endswith("_cmd")
    )


class UserError(Exception):
    """An error the user can fix; printed as one line, never as a traceback."""


def command(name: str, help: str) -> Callable[[Configure], Configure]:
    """Register a command by decorating its ``configure(parser)`` function."""

    def register(configure: Configure) -> Configure:
        COMMANDS[name] = Command(name, help, configure)
        return configure

    return register


def _wanted_modules(argv: Sequence[str] | None) -> list[str]:
    """The command modules a command line needs: only ``<name>_cmd`` when its first word
    names a command module that registers that command, else every module (for help,
    ``--version``, commands registered under another module's name, and no command line,
    None). Importing one module, not all, keeps the other commands' imports out of a
    query's start-up time."""
    modules = _command_modules()
    if argv is None:
        return modules
    words = list(argv)
    name = words[0] if words and not words[0].startswith("-") else ""
    wanted = f"cablegram.cli.{name.replace('-', '_')}_cmd"
    if name and wanted in modules:
        importlib.import_module(wanted)
        if name in COMMANDS:
            return [wanted]
    return modules


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The argument parser with every command a command line ``argv`` may name registered;
    with no ``argv`` (None) or no word of it naming a command module, every command. It
    never reads the process's arguments: :func:`main` passes them."""
    for module in _wanted_modules(argv):
        importlib.import_module(module)
    parser = argparse.ArgumentParser(
        prog="cablegram",
        description="Turn news into a sourced record of who said and did what to whom.",
    )
    parser.add_argument("--version", action="version", version=f"cablegram {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for cmd in COMMANDS.values():
        cmd.configure(sub.add_parser(cmd.name, help=cmd.help, description=cmd.help))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line ``argv`` (default: the process's arguments); the exit status."""
    words = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(words)
    args = parser.parse_args(words)
    run: Callable[[argparse.Namespace], int] = args.run
    from cablegram.store.filters import FilterError

    try:
        from cablegram.cli.common import check_text_arguments

        check_text_arguments(args)
        return run(args)
    except (UserError, FilterError) as err:
        print(f"cablegram: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("cablegram: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # `cablegram ... | head` closes the pipe early; that is not an error. Point stdout at
        # the null device so that flushing it at exit does not fail a second time.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
