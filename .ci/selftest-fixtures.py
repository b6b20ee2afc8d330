"""Usage: /usr/bin/python3 .ci/selftest-fixtures.py OUTDIR

Writes the self-test's fake diplocal trees, one per variant, each served as
BASE_URL/<variant>/ by .ci/fixture-server.py:
  OUTDIR/<variant>/feeds/all.ics, feeds/officials/*.ics, api/{officials,countries,topics}
Feeds are written by python icalendar (a real generator); the broken variants
are the good bytes with one defect each, so a check that fails names that defect.
"""
import json
import shutil
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

from urllib.parse import quote

import pytz
from icalendar import Calendar, Event, Timezone, TimezoneStandard, vDuration

PUBLIC = "https://diplocal.example"  # the links' host, which check-feeds must rewrite
SEOUL = "Asia/Seoul"
STAMP = datetime(2025, 10, 28, 9, 0, 0)  # fixed, so the bytes are stable


def event(uid, summary, start, end, *, tzid=None, description=None, status=None, seq=0):
    ev = Event()
    ev.add("uid", uid)
    ev.add("dtstamp", pytz.utc.localize(STAMP))
    params = {"TZID": tzid} if tzid else {}
    ev.add("dtstart", start, parameters=params)
    ev.add("dtend", end, parameters=params)
    ev.add("summary", summary)
    ev.add("sequence", seq)
    if description:
        ev.add("description", description)
    if status:
        ev.add("status", status)
    return ev


def seoul_vtimezone():
    tz = Timezone()
    tz.add("tzid", SEOUL)
    std = TimezoneStandard()
    std.add("dtstart", datetime(1970, 1, 1))
    std.add("tzoffsetfrom", timedelta(hours=9))
    std.add("tzoffsetto", timedelta(hours=9))
    std.add("tzname", "KST")
    tz.add_component(std)
    return tz


def calendar(name, *, vtimezone=True, dup_uid=False, summit_title="정상회담: Lee Jae-myung – Donald Trump",
             summit_seq=0):
    cal = Calendar()
    cal.add("prodid", "-//diplocal//selftest fixture//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-caldesc", "Diplomatic engagements — 외교 일정 (fixture)")
    refresh = vDuration(timedelta(hours=1))
    refresh.params["VALUE"] = "DURATION"
    cal.add("refresh-interval", refresh)
    cal.add("x-published-ttl", "PT1H")
    if vtimezone:
        cal.add_component(seoul_vtimezone())
    cal.add_component(event(
        "scm-2025@diplocal.test", "US-ROK Security Consultative Meeting (SCM)",
        date(2025, 11, 4), date(2025, 11, 5)))
    cal.add_component(event(
        "scm-2025@diplocal.test" if dup_uid else "summit-2025@diplocal.test",
        summit_title,
        datetime(2025, 10, 29, 10, 0), datetime(2025, 10, 29, 12, 0), tzid=SEOUL, seq=summit_seq,
        description=("이재명 대통령은 경주에서 도널드 트럼프 대통령과 정상회담을 가질 예정이다. "
                     "Participants: Lee Jae-myung (President, KR); Donald Trump (President, US); "
                     "Sébastien Lecornu, Đặng Thị Ngọc Thịnh, Zoë Ørsted, Łukasz Müller. "
                     "Evidence: “The two leaders will meet in Gyeongju on Wednesday.” "
                     "Source: https://example.org/reports/000.txt") * 2))
    cal.add_component(event(
        "apec-2025@diplocal.test", "APEC Economic Leaders' Meeting, Gyeongju (date TBC)",
        date(2025, 10, 31), date(2025, 11, 2), status="TENTATIVE"))
    return cal.to_ical()


def fold_by_chars(ics: bytes, width: int) -> bytes:
    """Refold every line at `width` characters, as iCal4j does (RFC 5545 asks for 75 octets)."""
    text = ics.decode().replace("\r\n ", "")
    out = []
    for line in text.split("\r\n")[:-1]:
        chunks = [line[:width]] + [" " + line[i:i + width - 1] for i in range(width, len(line), width - 1)]
        out.extend(chunks)
    return ("\r\n".join(out) + "\r\n").encode()


def fold_by_octets(ics: bytes, width: int = 75) -> bytes:
    """Refold at exactly 75 octets, blind to UTF-8: splits multi-byte characters."""
    raw = ics.replace(b"\r\n ", b"")
    out = []
    for line in raw.split(b"\r\n")[:-1]:
        out.append(line[:width])
        out.extend(b" " + line[i:i + width - 1] for i in range(width, len(line), width - 1))
    return b"\r\n".join(out) + b"\r\n"


def tree(root: Path, all_ics: bytes, officials: dict):
    (root / "feeds/officials").mkdir(parents=True)
    (root / "api").mkdir()
    (root / "feeds/all.ics").write_bytes(all_ics)
    for slug, ics in officials.items():
        (root / f"feeds/officials/{slug}.ics").write_bytes(ics)

    def links(path, name):  # the shape the contract describes; the checks must not depend on it
        https = f"{PUBLIC}{path}"
        return {"https": https, "webcal": https.replace("https:", "webcal:", 1),
                "google": "https://calendar.google.com/calendar/r?cid=" + quote(https.replace("https:", "webcal:", 1), safe=""),
                "outlook": f"https://outlook.live.com/calendar/0/addfromweb?url={quote(https, safe='')}&name={quote(name)}"}
    offs = [{"slug": s, "name": s.replace("-", " ").title(), "feeds": links(f"/feeds/officials/{s}.ics", s)}
            for s in officials]
    (root / "api/officials").write_text(json.dumps(offs, ensure_ascii=False, indent=1))
    # countries and topics point at feeds that exist, in other JSON shapes
    (root / "api/countries").write_text(json.dumps(
        {"items": [{"code": "KR", "links": {"https": f"{PUBLIC}/feeds/all.ics"}}]}))
    (root / "api/topics").write_text(json.dumps(
        [{"slug": "alliance", "feed": f"{PUBLIC}/feeds/all.ics"}]))


def main(out: Path):
    shutil.rmtree(out, ignore_errors=True)
    good = calendar("diplocal — all engagements")
    officials = {"lee-jae-myung": calendar("Lee Jae-myung (이재명)"),
                 "pete-hegseth": calendar("Pete Hegseth")}
    pad = b"X-PAD:" + b"x" * 70 + b"\r\n"  # 76 octets before CRLF
    variants = {
        "good": good,
        # the same feed after an update: the summit's title and SEQUENCE change
        "updated": calendar("diplocal — all engagements", summit_title="정상회담 (moved to APEC venue)", summit_seq=1),
        "line-75": good.replace(b"BEGIN:VEVENT\r\n", b"BEGIN:VEVENT\r\n" + pad[:-3] + b"\r\n", 1),  # 75: allowed
        "long-line": good.replace(b"BEGIN:VEVENT\r\n", b"BEGIN:VEVENT\r\n" + pad, 1),
        "bare-lf": good.replace(b"BEGIN:VEVENT\r\n", b"BEGIN:VEVENT\n", 1),
        "bare-cr": good.replace(b"SUMMARY:US-ROK", b"SUMMARY:US-\rROK", 1),
        "no-vtimezone": calendar("diplocal — all engagements", vtimezone=False),
        "dup-uid": calendar("diplocal — all engagements", dup_uid=True),
        "ical4j-fold": fold_by_chars(good, 73),
        "split-utf8": fold_by_octets(good),
    }
    for name, ics in variants.items():
        tree(out / name, ics, officials)
    print(" ".join(variants))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__.splitlines()[0])
    main(Path(sys.argv[1]))
