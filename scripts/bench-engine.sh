#!/usr/bin/env bash
# Speed of BreakIterator sentence splitting, the time tagger and (when present) ReportExtractor on report texts.
# usage: scripts/bench-engine.sh [SHARED_DIR] [--mb 4] [--iterations 7]
# SHARED_DIR defaults to ../shared relative to the repository root (holds tempeval3/input and reports/).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
shared="$root/../shared"
if [[ $# -gt 0 && $1 != --* ]]; then shared="$1"; shift; fi
cd "$root"
mvn -o -q compile
exec java -Xms512m -Xmx512m -cp target/classes org.diplocal.extract.bench.EngineBenchmark --shared "$shared" "$@"
