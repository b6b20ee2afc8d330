#!/usr/bin/env bash
# Scores the engine on its own test reports (src/test/resources/org/diplocal/extract/reports).
cd "$(dirname "$0")/.."
OUT=target/predictions-own.json exec scripts/predict-seeds.sh src/test/resources/org/diplocal/extract/reports/gold.json src/test/resources/org/diplocal/extract/reports
