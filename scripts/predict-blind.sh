#!/usr/bin/env bash
# Scores the engine on a blind report set: scripts/predict-blind.sh [blind|blind2|...|blind38] (default blind; see each set's README).
cd "$(dirname "$0")/.."
set_name="${1:-blind}"
dir="src/test/resources/org/diplocal/extract/$set_name"
OUT="target/predictions-$set_name.json" exec scripts/predict-seeds.sh "$dir/gold.json" "$dir"
