#!/usr/bin/env bash
# Runs the engine over the seed reports (or another gold file) and scores it with shared/eval/score.py.
#   scripts/predict-seeds.sh                      # seeds: ../shared/reports, ../shared/eval/seeds-gold.json
#   scripts/predict-seeds.sh GOLD.json REPORTS_DIR
set -euo pipefail
cd "$(dirname "$0")/.."
gold="${1:-../shared/eval/seeds-gold.json}"
reports="${2:-../shared/reports}"
out="${OUT:-target/predictions.json}"
mvn -o -q test-compile
if [ ! -f target/dev-classpath.txt ]; then
  mvn -o -q dependency:build-classpath -Dmdep.outputFile=target/dev-classpath.txt >/dev/null
fi
java ${JOPTS:-} -Ddiplocal.extract.debug=${DEBUG:-false} -cp "target/test-classes:target/classes:$(cat target/dev-classpath.txt)" \
  org.diplocal.extract.dev.PredictReports "$gold" "$reports" "$out"
python3 ../shared/eval/score.py --gold "$gold" --predictions "$out" -v
