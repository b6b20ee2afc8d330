"""Usage: /usr/bin/python3 .ci/check-pyical.py FEED.ics

Parses a feed with Debian's python3-icalendar (independent of ical.js) and checks
its structure: VCALENDAR with VERSION, PRODID, X-WR-CALNAME, X-WR-CALDESC, X-PUBLISHED-TTL,
REFRESH-INTERVAL;VALUE=DURATION; each VEVENT with UID,
DTSTAMP, DTSTART, SUMMARY; UIDs unique; a VTIMEZONE for every TZID used; all-day
DTEND after DTSTART. Prints one problem per line and exits 1 on any; else the count.
"""
import sys
from datetime import date, datetime

from icalendar import Calendar


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__.splitlines()[0])
    problems = []
    try:
        cals = Calendar.from_ical(open(sys.argv[1], "rb").read(), multiple=True)
    except Exception as e:  # icalendar raises ValueError and others on bad content lines
        print(f"python icalendar cannot parse the feed: {e}")
        return 1
    if len(cals) != 1 or cals[0].name != "VCALENDAR":
        print(f"want one VCALENDAR, found {[c.name for c in cals]}")
        return 1
    cal = cals[0]

    for p in ("VERSION", "PRODID", "X-WR-CALNAME", "X-WR-CALDESC", "X-PUBLISHED-TTL", "REFRESH-INTERVAL"):
        if not cal.get(p):
            problems.append(f"VCALENDAR has no {p}")
    refresh = cal.get("REFRESH-INTERVAL")
    if refresh is not None and getattr(refresh, "params", {}).get("VALUE") != "DURATION":
        problems.append("REFRESH-INTERVAL has no VALUE=DURATION")
    if cal.get("VERSION") and str(cal["VERSION"]) != "2.0":
        problems.append(f"VERSION is {cal['VERSION']}, not 2.0")

    zones = {str(z["TZID"]) for z in cal.subcomponents if z.name == "VTIMEZONE" and "TZID" in z}
    used = set()
    for comp in cal.walk():
        for prop, err in getattr(comp, "errors", []):
            problems.append(f"{comp.name} {prop or ''}: icalendar cannot read the value: {err}")
        for values in comp.values():
            for value in values if isinstance(values, list) else [values]:
                tzid = getattr(value, "params", {}).get("TZID")
                if tzid:
                    used.add(str(tzid))
    problems += [f"TZID {t} is used but has no VTIMEZONE" for t in sorted(used - zones)]

    events = [c for c in cal.subcomponents if c.name == "VEVENT"]
    seen = {}
    for i, ev in enumerate(events, 1):
        uid = str(ev.get("UID", "")).strip()
        label = f"VEVENT {uid}" if uid else f"VEVENT #{i}"
        for p in ("UID", "DTSTAMP", "DTSTART", "SUMMARY"):
            if not str(ev.get(p, "")).strip():
                problems.append(f"{label} has no {p}")
        if uid in seen:
            problems.append(f"UID {uid} is used by VEVENT #{seen[uid]} and #{i}")
        elif uid:
            seen[uid] = i
        try:
            start, end = ev.decoded("DTSTART", None), ev.decoded("DTEND", None)
        except Exception as e:
            problems.append(f"{label}: icalendar cannot decode DTSTART/DTEND: {e!r}")
            continue
        if isinstance(start, date) and not isinstance(start, datetime):
            if end is None:
                problems.append(f"{label} is all-day but has no DTEND")
            elif isinstance(end, datetime):
                problems.append(f"{label} is all-day but DTEND is not a DATE")
            elif end <= start:
                problems.append(f"{label}: all-day DTEND {end} is not after DTSTART {start} (DTEND is exclusive)")

    for p in problems:
        print(p)
    if not problems:
        print(f"icalendar {len(events)} events")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
