"""Storage and search at scale: open, list and search times on a generated database.

Run: python benchmarks/bench_storage.py [--records 100000]
Targets (interactive feel on the reference 2-core machine): opening a current database < 100 ms,
a search < 30 ms at its 95th percentile, loading a page's list < 500 ms at 100k records.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from generate import TextMaker, generate
from measure import p95, timed, times

from mentordesk.services import Services

SEARCHES = {
    "two common words": "ledger retry",
    "a common word": "ledger",
    "a rare word": "",
    "a prefix": "idemp",
}
"""What the search box is given ("": a rare word of the generator's vocabulary), 40 times each."""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--pairings", type=int, default=1, help="spread the records over this many pairings")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite"
        start = time.perf_counter()
        generate(path, args.records, args.pairings).close()
        build_s = time.perf_counter() - start
        services = Services.open(path)
        pairing = services.pairings.list_pairings()[0]
        rare_word = TextMaker(random.Random(7)).words[5000]  # the generator's vocabulary, same seed
        figures = {"open current database (ms)": timed(lambda: Services.open(path).close())}
        for name, words in SEARCHES.items():
            searched = times(lambda words=words: services.search.search(words or rare_word, limit=50), 40)
            figures[f"search {name}, median (ms)"] = statistics.median(searched)
            figures[f"search {name}, p95 (ms)"] = p95(searched)
        figures |= {
            "list decisions (ms)": timed(lambda: services.decisions.list_decisions(pairing.id)),
            "list events (ms)": timed(lambda: services.archeology.events(pairing.id)),
            "list sessions (ms)": timed(lambda: services.sessions.list_sessions(pairing.id)),
            "list cards (ms)": timed(lambda: services.plans.cards(pairing.id)),
        }
        services.close()
        size_mb = path.stat().st_size / 1e6
    print(f"records: {args.records:,} over {args.pairings} pairing(s)")
    print(f"build: {build_s:.1f} s  file: {size_mb:.0f} MB")
    print("lists are of one pairing's records")
    for name, value in figures.items():
        print(f"{name:40s} {value:10.1f}")


if __name__ == "__main__":
    main()
