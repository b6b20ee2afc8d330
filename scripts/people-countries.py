#!/usr/bin/env python3
"""How often the engine gives people the country the gold gives them.

scripts/people-countries.py SET... reads target/predictions-SET.json (written by scripts/predict-blind.sh SET, or
scripts/predict-own.sh for "own") and each set's gold, and counts, over the people the gold gives a country (matched by
name within a report, each person once per report): right, wrong and no country. score.py does not measure this; a
wrong country puts an engagement in the wrong per-country feed.
"""
import json
import os
import sys

BASE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'src', 'test', 'resources', 'org', 'diplocal', 'extract')
TARGET = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'target')


def main(sets):
    right = wrong = none = 0
    wrongs = []
    for name in sets:
        folder = os.path.join(BASE, 'reports' if name == 'own' else name)
        gold = json.load(open(os.path.join(folder, 'gold.json')))
        predictions = json.load(open(os.path.join(TARGET, f'predictions-{name}.json')))
        for report in gold['reports']:
            told = {}
            for e in report['engagements'] + report.get('background', []):
                for p in e.get('participants') or []:
                    if isinstance(p, dict) and p.get('country'):
                        told[p['name'].lower()] = p['country']
            seen = set()
            for e in predictions.get(report['id'], []):
                for p in e.get('participants') or []:
                    key = p['name'].lower()
                    if key in seen or key not in told:
                        continue
                    seen.add(key)
                    if p.get('country') is None:
                        none += 1
                    elif p['country'] == told[key]:
                        right += 1
                    else:
                        wrong += 1
                        wrongs.append(f"  {name}/{report['id']} {p['name']} {p['country']} (gold {told[key]})")
    if '-v' in os.environ.get('PEOPLE_COUNTRIES', ''):
        print('\n'.join(wrongs))
    print(f'people {right + wrong + none} right {right} wrong {wrong} none {none}')


if __name__ == '__main__':
    main(sys.argv[1:] or ['own'])
