"""Usage: /usr/bin/python3 .ci/vdirsyncer-summary.py FEED_URL DIR

After vdirsyncer synced FEED_URL into DIR: fetches the feed, checks that DIR holds exactly
one .ics file per VEVENT UID of the feed, and prints `UID<TAB>file name` per event, sorted.
vdirsyncer's http storage replaces each item's UID by a hash of its content, so the files are
matched to the feed's UIDs with vdirsyncer's own splitting and hashing. Exits 1 on a mismatch.
"""
import sys
import urllib.request
from pathlib import Path

from vdirsyncer.vobject import Item, split_collection


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__.splitlines()[0])
    url, folder = sys.argv[1], Path(sys.argv[2])
    with urllib.request.urlopen(url, timeout=30) as r:
        feed = r.read().decode("utf-8")
    uid_of_hash = {}
    for raw in split_collection(feed):
        item = Item(raw)
        if item.parsed.name == "VCALENDAR" and any(c.name == "VEVENT" for c in item.parsed.subcomponents):
            uid_of_hash[item.hash] = item.uid
    uids = set(uid_of_hash.values())

    files = sorted(folder.glob("*.ics"))
    problems, rows = [], {}
    for f in files:
        stored = Item(f.read_text(encoding="utf-8")).uid  # the hash vdirsyncer gave it
        uid = uid_of_hash.get(stored)
        if uid is None:
            problems.append(f"{f.name}: matches no event of the feed (stale or changed file)")
        elif uid in rows:
            problems.append(f"UID {uid} has two files: {rows[uid]} and {f.name}")
        else:
            rows[uid] = f.name
    if len(files) != len(uids):
        problems.append(f"{len(files)} .ics files in {folder}, but the feed has {len(uids)} VEVENT UIDs")
    problems += [f"UID {u} has no file" for u in sorted(uids - rows.keys())]
    if len(uid_of_hash) != len(uids):
        problems.append("some VEVENTs differ only by UID: vdirsyncer's http storage merges them into one")
    for p in problems:
        print(f"vdirsyncer-sync: {p}", file=sys.stderr)
    for uid in sorted(rows):
        print(f"{uid}\t{rows[uid]}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
