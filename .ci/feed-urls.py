"""Usage: /usr/bin/python3 .ci/feed-urls.py BASE_URL

Discovers every feed of a running server: BASE_URL/feeds/all.ics, then in each entry of
/api/officials, /api/countries, /api/topics any string that is an http(s) URL whose path
ends in .ics (so webcal:, Google's and Outlook's links are left out, whatever the JSON shape).
A link's scheme and host are replaced by BASE_URL's, since the public base URL may differ.
Prints `URL <url>` per feed, deduplicated, and `FAIL <what>: <reason>` per discovery failure.
"""
import json
import sys
import urllib.error
import urllib.request
from urllib.parse import urlsplit

APIS = ("/api/officials", "/api/countries", "/api/topics")


def strings(node):
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for v in node.values():
            yield from strings(v)
    elif isinstance(node, list):
        for v in node:
            yield from strings(v)


def feed_links(node, base):
    for s in strings(node):
        u = urlsplit(s)
        if u.scheme in ("http", "https") and u.path.endswith(".ics"):
            yield base + u.path + (f"?{u.query}" if u.query else "")


def entries(doc):
    """The API's list of entries: the document itself, or the first list of objects inside it."""
    if isinstance(doc, list):
        return doc
    if isinstance(doc, dict):
        for v in doc.values():
            if isinstance(v, list) and v and all(isinstance(x, dict) for x in v):
                return v
    return None


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__.splitlines()[0])
    base = sys.argv[1].rstrip("/")
    urls = [base + "/feeds/all.ics"]
    for api in APIS:
        req = urllib.request.Request(base + api, headers={"Accept": "application/json"})
        try:
            with urllib.request.urlopen(req, timeout=30) as r:
                doc = json.load(r)
        except urllib.error.HTTPError as e:
            print(f"FAIL {api}: answered {e.code}")
            continue
        except (OSError, ValueError) as e:
            print(f"FAIL {api}: {e}")
            continue
        items = entries(doc)
        if not items:
            print(f"FAIL {api}: no list of entries in the JSON")
            continue
        bare = [i for i, e in enumerate(items) if not any(feed_links(e, base))]
        if bare:
            print(f"FAIL {api}: {len(bare)} of {len(items)} entries have no http(s) feed link ending in .ics "
                  f"(first: {json.dumps(items[bare[0]], ensure_ascii=False)[:200]})")
        urls += [u for e in items for u in feed_links(e, base)]
    for u in dict.fromkeys(urls):
        print(f"URL {u}")


if __name__ == "__main__":
    main()
