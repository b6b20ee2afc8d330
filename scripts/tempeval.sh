#!/usr/bin/env bash
# Tags the TempEval-3 platinum inputs with the time tagger and scores them.
# usage: scripts/tempeval.sh [TEMPEVAL3_DIR] [extra score_timex.py options, e.g. --errors]
# TEMPEVAL3_DIR defaults to ../shared/tempeval3 relative to the repository root.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
data="$root/../shared/tempeval3"
if [[ $# -gt 0 && $1 != --* ]]; then data="$1"; shift; fi
data="$(cd "$data" && pwd)"
out="$root/target/tempeval3-system"
cd "$root"
mvn -o -q compile
rm -rf "$out"
java -cp target/classes org.diplocal.extract.time.TempEvalTagger "$data/input" "$out"
python3 "$data/score_timex.py" --gold "$data/gold" --system "$out" "$@"
