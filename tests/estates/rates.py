"""Precision, recall and F2 of a score that counts true and false positives and false
negatives: one definition for the benchmarks and the estates' scores."""

from __future__ import annotations

from dataclasses import dataclass, field


class Rates:
    """Mixed into a score dataclass with `tp`, `fp` and `fn` fields; a ratio with nothing
    to count is 1.0 (nothing claimed wrongly, nothing missed)."""

    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f2(self) -> float:
        p, r = self.precision, self.recall
        return 5 * p * r / (4 * p + r) if p + r else 0.0


@dataclass
class LabelScore(Rates):
    """Fields labelled by hand against what pdmap found, for the quality benchmarks
    (bench_check_quality.py, bench_scan_quality.py): personal or not, and on the true
    positives, whether the category is the labelled one; each miss one line."""

    fields: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    cat_agree: int = 0
    misses: list[str] = field(default_factory=list)

    COUNTS = ("fields", "tp", "fp", "fn", "tn", "cat_agree")

    def add(self, other: LabelScore) -> None:
        for name in self.COUNTS:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def count(self, key: str, truth: str | None, found: str | None, said: str,
              missed: str = "") -> None:
        """One field: truth is the labelled category (None: not personal), found pdmap's;
        said describes pdmap's verdict for a wrong category or a false positive, missed
        is added after a false negative."""
        self.fields += 1
        if truth and found:
            self.tp += 1
            if truth == found:
                self.cat_agree += 1
            else:
                self.misses.append(f"  cat {key}: labelled {truth}, {said}")
        elif found:
            self.fp += 1
            self.misses.append(f"  FP  {key}: {said}")
        elif truth:
            self.fn += 1
            self.misses.append(f"  FN  {key}: labelled {truth}{missed}")
        else:
            self.tn += 1

    def category_cell(self) -> str:
        return f"{self.cat_agree}/{self.tp}" + (
            f" ({self.cat_agree / self.tp:.0%})" if self.tp else "")
