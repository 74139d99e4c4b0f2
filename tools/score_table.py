"""Reading the official scorer's printed table: documents fully right per input kind."""

from __future__ import annotations


def fully_right_per_kind(report: str) -> dict[str, tuple[int, int]]:
    """(documents fully correct, documents) per input kind, from ``score.py``'s "per input kind"
    table (its shares are rounded to 0.1%, exact enough to give back the counts)."""
    table = report.split("per input kind")[1].strip().splitlines()
    kinds = table[0].split()[1:]
    shares = next(line for line in table if line.startswith("documents.full")).split()[1:]
    counts = next(line for line in table if line.startswith("documents ")).split()[1:]
    return {
        kind: (round(float(share.rstrip("%")) * int(count) / 100), int(count))
        for kind, share, count in zip(kinds, shares, counts, strict=True)
    }
