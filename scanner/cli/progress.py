"""A progress bar on a terminal; silence when piped."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from scanner.scan.engine import Progress


@contextmanager
def progress_reporter(show: bool) -> Iterator[Progress | None]:
    if not show:
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeElapsedColumn
    from rich.progress import Progress as Bar

    with Bar(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
             TimeElapsedColumn(), transient=True) as bar:
        task = bar.add_task("starting", total=None)
        units: list[Any] = []

        def report(event: str, data: dict[str, Any]) -> None:
            if event == "tasks":  # units prepared by workers: done of those sent so far
                if not units:
                    units.append(bar.add_task("tasks", total=None))
                bar.update(units[0], completed=data["done"], total=data["total"])
                return
            if event == "source":
                bar.update(task, description=f"source {data['name']}", completed=0, total=None)
            elif event == "containers":
                bar.update(task, total=data["total"], completed=0)
            elif event == "container":
                bar.update(task, advance=1, description=str(data["name"])[:40])

        yield report
