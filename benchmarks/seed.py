"""The seed report (../shared/seed), as text and as a page: score_extraction's lines for each."""
from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seed"
SCORER = ROOT.parent / "shared" / "tools" / "score_extraction.py"


def main() -> int:
    for name in ("k1-withdrawal.txt", "k1-withdrawal.html"):
        with tempfile.NamedTemporaryFile("w", suffix=".json") as out:
            p = subprocess.run([str(ROOT / ".venv" / "bin" / "sitrep"), "extract", str(SEED / name)],
                               stdout=out, stderr=subprocess.PIPE, text=True)
            if p.returncode:
                print(p.stderr)
                return 1
            score = subprocess.run([sys.executable, str(SCORER), "--gold", str(SEED / "k1-withdrawal.gold.json"),
                                    "--pred", out.name, "--doc", name], capture_output=True, text=True)
            print(f"{name}: {score.stdout.strip().splitlines()[-1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
