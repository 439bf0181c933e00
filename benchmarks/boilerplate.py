"""Article text extraction on ../shared/eval/extraction (181 pages): score_boilerplate's line.
Anchors (F1): trafilatura 2.0 0.958, newspaper4k 0.949, readability.js 0.947."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    p = subprocess.run([sys.executable, str(ROOT.parent / "shared" / "tools" / "score_boilerplate.py"),
                        str(ROOT.parent / "shared" / "eval" / "extraction")], capture_output=True, text=True,
                       cwd=ROOT)
    print(p.stdout.strip().splitlines()[-1] if p.stdout.strip() else p.stderr[-1000:])
    return p.returncode


if __name__ == "__main__":
    sys.exit(main())
