"""Usage: /usr/bin/python3 .ci/fixture-server.py ROOT PORTFILE [--plain]

Serves ROOT on 127.0.0.1 (a free port, written to PORTFILE) for the self-test:
python's http.server, with .ics as `text/calendar; charset=utf-8`.
Unless --plain, it also does what diplocal must: ETag + If-None-Match -> 304
and gzip when asked (http.server already does Last-Modified, If-Modified-Since, HEAD).
"""
import gzip
import hashlib
import http.server
import io
import os
import sys
from email.utils import parsedate_to_datetime
from functools import partial


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      ".ics": "text/calendar; charset=utf-8", "": "application/json"}
    plain = False

    def log_message(self, *args):  # quiet
        pass

    def send_head(self):
        path = self.translate_path(self.path)
        if self.plain or not path.endswith(".ics"):
            return super().send_head()
        try:
            body, mtime = open(path, "rb").read(), int(os.stat(path).st_mtime)
        except OSError:
            self.send_error(404)
            return None
        etag = '"%s"' % hashlib.sha256(body).hexdigest()[:16]
        validators = {"ETag": etag, "Last-Modified": self.date_time_string(mtime)}
        inm, ims = self.headers.get("If-None-Match"), self.headers.get("If-Modified-Since")
        if inm == etag or (inm is None and ims and parsedate_to_datetime(ims).timestamp() >= mtime):
            self.send_response(304)
            body = b""
        else:
            self.send_response(200)
            self.send_header("Content-Type", "text/calendar; charset=utf-8")
            self.send_header("Vary", "Accept-Encoding")
            if "gzip" in self.headers.get("Accept-Encoding", ""):
                body = gzip.compress(body, mtime=0)
                self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(body)))
        for k, v in validators.items():
            self.send_header(k, v)
        self.end_headers()
        return io.BytesIO(body)


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__.splitlines()[0])
    root, portfile = sys.argv[1], sys.argv[2]
    Handler.plain = "--plain" in sys.argv[3:]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), partial(Handler, directory=root))
    with open(portfile, "w") as f:
        f.write(str(server.server_address[1]))
    server.serve_forever()


if __name__ == "__main__":
    main()
