// Usage: node .ci/check-icaljs.mjs FEED.ics
// Parses a feed with ical.js (Thunderbird's parser, from .ci/work/node_modules) and checks
// its structure: VCALENDAR with VERSION, PRODID, X-WR-CALNAME, X-WR-CALDESC, X-PUBLISHED-TTL,
// REFRESH-INTERVAL;VALUE=DURATION; each VEVENT with UID, DTSTAMP,
// DTSTART, SUMMARY; UIDs unique; a VTIMEZONE for every TZID used; all-day DTEND after DTSTART.
// Prints one problem per line and exits 1 on any; else prints the number of events.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const ICAL = createRequire(new URL('./work/node_modules/', import.meta.url))('ical.js');
if (process.argv.length !== 3) {
  console.error('usage: node .ci/check-icaljs.mjs FEED.ics');
  process.exit(2);
}
const problems = [];
let cal;
try {
  const jcal = ICAL.parse(readFileSync(process.argv[2], 'utf8'));
  if (jcal.length === 0) throw new Error('no component at all');
  if (Array.isArray(jcal[0])) throw new Error(`${jcal.length} top-level components, want one VCALENDAR`);
  cal = new ICAL.Component(jcal);
} catch (e) {
  console.log(`ical.js cannot parse the feed: ${e.message}`);
  process.exit(1);
}

if (cal.name !== 'vcalendar') problems.push(`top-level component is ${cal.name.toUpperCase()}, not VCALENDAR`);
for (const p of ['version', 'prodid', 'x-wr-calname', 'x-wr-caldesc', 'x-published-ttl', 'refresh-interval']) {
  if (!cal.getFirstPropertyValue(p)) problems.push(`VCALENDAR has no ${p.toUpperCase()}`);
}
if (cal.getFirstPropertyValue('version') && cal.getFirstPropertyValue('version') !== '2.0') {
  problems.push(`VERSION is ${cal.getFirstPropertyValue('version')}, not 2.0`);
}

const refresh = cal.getFirstProperty('refresh-interval');
if (refresh && refresh.type !== 'duration') problems.push(`REFRESH-INTERVAL is of type ${refresh.type}, not VALUE=DURATION`);

const zones = new Set(cal.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid')));
const used = new Set();
(function walk(c) {
  for (const p of [...c.getAllProperties()]) {
    const tzid = p.getParameter('tzid');
    if (tzid) used.add(tzid);
    try {
      p.getValues(); // ical.js decodes values lazily: make it read every one now
    } catch (e) {
      problems.push(`${c.name.toUpperCase()} ${p.name.toUpperCase()}: ical.js cannot read the value: ${e.message}`);
      c.removeProperty(p);
    }
  }
  c.getAllSubcomponents().forEach(walk);
})(cal);
for (const tzid of used) if (!zones.has(tzid)) problems.push(`TZID ${tzid} is used but has no VTIMEZONE`);

const events = cal.getAllSubcomponents('vevent');
const seen = new Map();
for (const [i, ev] of events.entries()) {
  const uid = ev.getFirstPropertyValue('uid');
  const name = uid ? `VEVENT ${uid}` : `VEVENT #${i + 1}`;
  for (const p of ['uid', 'dtstamp', 'dtstart', 'summary']) {
    if (!ev.getFirstPropertyValue(p)) problems.push(`${name} has no ${p.toUpperCase()}`);
  }
  if (uid) {
    if (seen.has(uid)) problems.push(`UID ${uid} is used by VEVENT #${seen.get(uid)} and #${i + 1}`);
    else seen.set(uid, i + 1);
  }
  const start = ev.getFirstPropertyValue('dtstart');
  if (start && start.isDate) {
    const end = ev.getFirstPropertyValue('dtend');
    if (!end) problems.push(`${name} is all-day but has no DTEND`);
    else if (!end.isDate) problems.push(`${name} is all-day but DTEND is not a DATE`);
    else if (end.compare(start) <= 0) problems.push(`${name}: all-day DTEND ${end} is not after DTSTART ${start} (DTEND is exclusive)`);
  }
}

if (problems.length) {
  problems.forEach((p) => console.log(p));
  process.exit(1);
}
console.log(`ical.js ${events.length} events`);
