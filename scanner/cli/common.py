"""What every pdmap command shares: the context, error handling and option decorators."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any

import click

from scanner.core.config import Config, ConfigError, load_config
from scanner.core.errors import EXIT_ERROR, one_line
from scanner.identifiers.key import KeyFileError

log = logging.getLogger("pdmap")



class Context:
    def __init__(self, config_path: str, debug: bool, explicit: bool = False) -> None:
        self.config_path = config_path
        self.debug = debug
        self.explicit = explicit  # -c or PDMAP_CONFIG named it: it must exist

    def config(self, required: bool = False) -> Config:
        """The config; without a pdmap.yaml in the current folder, the defaults, unless
        one was named (-c, PDMAP_CONFIG) or is required: then a missing file is an error."""
        path = Path(self.config_path)
        if path.exists() or required or self.explicit:
            return load_config(path)
        return Config(base_dir=Path.cwd())


def friendly_errors(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Turn expected errors into one line and exit code 2; tracebacks only with --debug."""

    @wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        ctx = click.get_current_context()
        debug = bool(ctx.obj and ctx.obj.debug)
        try:
            return fn(*args, **kwargs)
        except (click.ClickException, click.exceptions.Exit, click.Abort, SystemExit):
            raise
        except Exception as e:  # noqa: BLE001 - the last line of defence for people
            if debug:
                raise
            if isinstance(e, KeyFileError):  # the message says what to do
                click.echo(f"pdmap: {e}", err=True)
                sys.exit(EXIT_ERROR)
            message = str(e) if isinstance(e, ConfigError | OSError) else one_line(e)
            click.echo(f"pdmap: {message.splitlines()[0] if message else type(e).__name__}"
                       " (run with --debug for details)", err=True)
            sys.exit(EXIT_ERROR)

    return wrapper


def index_option(fn: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--index", "index_url", metavar="URL",
                        help="Index database URL (default: the config's, or "
                             "sqlite:///.pdmap/index.db).")(fn)


def format_option(*choices: str, default: str = "table") -> Callable[..., Any]:
    return click.option("--format", "fmt", type=click.Choice(choices), default=default,
                        show_default=True, help="Output format.")
