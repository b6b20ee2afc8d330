#!/usr/bin/env bash
# Scores the engine on the blind reports (src/test/resources/org/diplocal/extract/blind, see its README).
cd "$(dirname "$0")/.."
OUT=target/predictions-blind.json exec scripts/predict-seeds.sh src/test/resources/org/diplocal/extract/blind/gold.json src/test/resources/org/diplocal/extract/blind
