"""Reports for .ci/kill9, and the checks after the restart. Python 3 standard library only.

    kill9-reports.py make DIR N          write N distinct reports as JSON bodies for POST /api/reports
    kill9-reports.py check DIR URL TOKEN [ANSWERS]
                                         check the server holds each report whole or not at all, and
                                         each report ANSWERS says was answered 201 ("201 DIR/0007.json") whole
"""
import collections
import datetime
import json
import os
import sys
import urllib.error
import urllib.request

COUNTRIES = [("Ghanaian", "Accra"), ("Norwegian", "Oslo"), ("Chilean", "Santiago"), ("Polish", "Warsaw"),
             ("Egyptian", "Cairo"), ("Argentine", "Buenos Aires"), ("Kenyan", "Nairobi"), ("Peruvian", "Lima")]
CITIES = ["Lisbon", "Madrid", "Vienna", "Prague", "Dublin", "Helsinki", "Athens", "Rome", "Ottawa", "Canberra"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
SYLLABLES = ["ka", "lo", "mi", "ren", "to", "sa", "vu", "de", "ni", "ro", "ba", "el"]


def name(i, salt):
    first = (SYLLABLES[i % 12] + SYLLABLES[(i // 12 + salt) % 12]).capitalize()
    last = (SYLLABLES[(i * 7 + salt) % 12] + SYLLABLES[(i * 5 + 3) % 12] + SYLLABLES[(i + salt * 3) % 12]).capitalize()
    return f"{first} {last}"


def make(folder, n):
    os.makedirs(folder, exist_ok=True)
    published = datetime.date(2031, 3, 3)
    for i in range(n):
        demonym, _ = COUNTRIES[i % len(COUNTRIES)]
        city = CITIES[i % len(CITIES)]
        text = (f"{demonym} Foreign Minister {name(i, 1)} will visit {city} on {WEEKDAYS[i % 5]} for talks with "
                f"Foreign Minister {name(i, 5)} on trade and energy, the ministry said on Monday.\n\n"
                f"{name(i, 1).split()[1]} will also meet President {name(i, 9)} during the visit, report {i}.")
        with open(os.path.join(folder, f"{i:04d}.json"), "w", encoding="utf-8") as fh:
            json.dump({"text": text, "published": published.isoformat(), "title": f"report {i}"}, fh)


def call(method, url, token=None, body=None):
    req = urllib.request.Request(url, method=method, data=None if body is None else json.dumps(body).encode())
    req.add_header("Content-Type", "application/json")
    if token:
        req.add_header("Authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(req, timeout=60) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as err:
        return err.code, err.read()


def all_engagements(base):
    out, cursor = [], None
    while True:
        url = f"{base}/api/engagements?limit=500" + (f"&cursor={cursor}" if cursor else "")
        status, body = call("GET", url)
        page = json.loads(body)
        out += page["engagements"]
        cursor = page.get("next")
        if not cursor:
            return out


def acknowledged(answers):
    """The report files the server answered 201 before it was killed."""
    if not answers or not os.path.exists(answers):
        return set()
    with open(answers, encoding="utf-8") as fh:
        return {os.path.basename(line.split()[1]) for line in fh if line.startswith("201 ")}


def check(folder, base, token, answers=None):
    failures = []
    whole = absent = 0
    acked = acknowledged(answers)
    for fname in sorted(os.listdir(folder)):
        with open(os.path.join(folder, fname), encoding="utf-8") as fh:
            body = json.load(fh)
        status, reply = call("POST", f"{base}/api/reports", token, body)
        if status == 200:
            whole += 1
            if not json.loads(reply)["engagements"]:
                failures.append(f"{fname}: stored, but with no engagement")
        elif status == 201:
            absent += 1
            if fname in acked:
                failures.append(f"{fname}: answered 201 before the kill, but lost with it")
        else:
            failures.append(f"{fname}: re-post answered {status}")
    engagements = all_engagements(base)
    keys = collections.Counter((e["title"], e["start"], e["end"], tuple(p["slug"] for p in e["participants"]))
                               for e in engagements)
    failures += [f"stored {n} times: {k}" for k, n in keys.items() if n > 1]
    status, ics = call("GET", f"{base}/feeds/all.ics")
    feed_uids = {line[4:] for line in ics.decode().replace("\r\n ", "").split("\r\n") if line.startswith("UID:")}
    api_uids = {e["uid"] for e in engagements}
    if feed_uids != api_uids:
        failures.append(f"feed and API disagree: {len(feed_uids ^ api_uids)} UIDs in one but not the other")
    print(f"after SIGKILL: {whole} reports were whole ({len(acked)} had been answered 201), {absent} absent (stored now); "
          f"{len(engagements)} engagements, feed agrees: {feed_uids == api_uids}")
    for f in failures:
        print("  FAIL", f)
    print(f"{0 if failures else 1} passed, {1 if failures else 0} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    if sys.argv[1] == "make":
        make(sys.argv[2], int(sys.argv[3]))
    else:
        sys.exit(check(sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5] if len(sys.argv) > 5 else None))
