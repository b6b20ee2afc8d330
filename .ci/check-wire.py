"""Usage: /usr/bin/python3 .ci/check-wire.py URL BODY_OUT [--no-conditional]

HTTP and byte-level checks of one feed, as a calendar client meets it:
GET without Accept -> 200, Content-Type text/calendar; charset=utf-8, under 1 MB,
no BOM, CRLF line ends, no bare CR or LF, lines <= 75 octets, each physical line
valid UTF-8 on its own (folding never splits a character). Unless --no-conditional:
ETag and Last-Modified present, If-None-Match and If-Modified-Since -> 304,
HEAD -> 200 with no body, gzip when asked (same bytes once unzipped).
Writes the body to BODY_OUT; prints one problem per line; exits 1 on any.
"""
import gzip
import http.client
import socket
import sys
from urllib.parse import urlsplit

MAX_BYTES = 1_000_000  # Google Calendar's limit for a subscribed feed
MAX_SHOWN = 3  # occurrences shown per kind of problem


def request(url, method="GET", headers=None):
    u = urlsplit(url)
    conn_cls = http.client.HTTPSConnection if u.scheme == "https" else http.client.HTTPConnection
    conn = conn_cls(u.hostname, u.port, timeout=30)
    path = (u.path or "/") + (f"?{u.query}" if u.query else "")
    # http.client sends Host and Accept-Encoding: identity, never Accept
    conn.request(method, path, headers={"User-Agent": "diplocal-ci-check", **(headers or {})})
    resp = conn.getresponse()
    body = resp.read()
    conn.close()
    return resp.status, resp.headers, body


def raw_head(url):
    """HEAD over a bare socket, so a body the server wrongly sends is seen (http only)."""
    u = urlsplit(url)
    with socket.create_connection((u.hostname, u.port or 80), timeout=30) as s:
        s.sendall(f"HEAD {u.path or '/'} HTTP/1.1\r\nHost: {u.netloc}\r\n"
                  f"User-Agent: diplocal-ci-check\r\nConnection: close\r\n\r\n".encode())
        data = b""
        while chunk := s.recv(65536):
            data += chunk
    head, _, rest = data.partition(b"\r\n\r\n")
    return int(head.split(b" ", 2)[1]), rest


def show(b):
    """Octets as text, for a message: invalid UTF-8 as \\xNN, CR as \\r."""
    return "'" + b.decode("utf-8", "backslashreplace").replace("\r", "\\r") + "'"


def byte_problems(body):
    found = {}

    def add(kind, msg):
        found.setdefault(kind, []).append(msg)

    if len(body) >= MAX_BYTES:
        add("size", f"feed is {len(body)} bytes, Google refuses 1 MB or more")
    if body.startswith(b"\xef\xbb\xbf"):
        add("bom", "body starts with a UTF-8 byte-order mark")
    if not body.startswith(b"BEGIN:VCALENDAR\r\n"):
        add("begin", f"body does not start with BEGIN:VCALENDAR CRLF: {show(body[:40])}")
    lines = body.split(b"\n")  # physical lines as an editor numbers them
    if lines.pop():
        add("end", "the last line has no line end")
    for n, line in enumerate(lines, 1):
        if line.endswith(b"\r"):
            line = line[:-1]
        else:
            add("lf", f"line {n}: ends with a bare LF, not CRLF: {show(line[:40])}")
        if b"\r" in line:
            add("cr", f"line {n}: bare CR inside {show(line[:40])}")
        if len(line) > 75:
            start = line[:40].decode("utf-8", "ignore")  # whole characters only
            add("long", f"line {n}: {len(line)} octets, more than 75: '{start}'...")
        try:
            line.decode("utf-8")
        except UnicodeDecodeError as e:
            add("utf8", f"line {n}: not UTF-8 on its own (a fold splits a character?) "
                        f"at octet {e.start}: {show(line[max(0, e.start - 10):e.start + 4])}")
    out = []
    for msgs in found.values():
        out += msgs[:MAX_SHOWN] + ([f"... and {len(msgs) - MAX_SHOWN} more like that"] if len(msgs) > MAX_SHOWN else [])
    return out


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if len(args) != 2:
        sys.exit(__doc__.splitlines()[0])
    url, out = args
    conditional = "--no-conditional" not in sys.argv
    problems = []

    try:
        status, headers, body = request(url)
    except (OSError, http.client.HTTPException) as e:
        print(f"GET failed: {e!r}")
        return 1
    if status != 200:
        print(f"GET (no Accept header) answered {status}, not 200")
        return 1
    open(out, "wb").write(body)
    ctype = headers.get("Content-Type", "")
    if ctype.replace(" ", "").replace('"', "").lower() != "text/calendar;charset=utf-8":
        problems.append(f"Content-Type is {ctype!r}, not 'text/calendar; charset=utf-8'")
    problems += byte_problems(body)

    if conditional:
        etag, last_mod = headers.get("ETag"), headers.get("Last-Modified")
        if not etag:
            problems.append("no ETag header")
        else:
            s, _, b = request(url, headers={"If-None-Match": etag})
            if s != 304 or b:
                problems.append(f"If-None-Match: {etag} answered {s} with {len(b)} body bytes, not 304 and none")
        if not last_mod:
            problems.append("no Last-Modified header")
        else:
            s, _, b = request(url, headers={"If-Modified-Since": last_mod})
            if s != 304 or b:
                problems.append(f"If-Modified-Since: {last_mod} answered {s} with {len(b)} body bytes, not 304 and none")
        if urlsplit(url).scheme == "http":
            s, rest = raw_head(url)
        else:
            s, _, rest = request(url, "HEAD")
        if s != 200 or rest:
            problems.append(f"HEAD answered {s} with {len(rest)} body bytes, not 200 and none")
        s, h, b = request(url, headers={"Accept-Encoding": "gzip"})
        if h.get("Content-Encoding", "").lower() != "gzip":
            problems.append("Accept-Encoding: gzip did not get Content-Encoding: gzip")
        elif gzip.decompress(b) != body:
            problems.append("the gzip body does not unzip to the plain body")

    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
