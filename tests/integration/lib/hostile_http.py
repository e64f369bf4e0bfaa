#!/usr/bin/env python3
"""hostile_http.py PORT ROOT - a static HTTP server on 127.0.0.1 for the
runtime tests that misbehaves on request: the first path component is
MODE-TARGET, the rest a file under ROOT.  TARGET says which requests
misbehave ("wasm": paths ending .wasm, "index": index.json.sig,
"config": a control-plane config); the others are served plainly.
MODE: "plain" serves the file; "endless" sends a body that never ends
(no Content-Length, HTTP/1.0 close-delimited) as fast as it can;
"trickle" sends one such byte every 0.2 s forever; "biglen" announces a
Content-Length of 1 GB and sends the file.  Used by runtime_limits.sh."""
import http.server
import os
import sys
import time

ROOT = sys.argv[2]


def hostile(target, rest):
    return ((target == "wasm" and rest.endswith(".wasm")) or
            (target == "index" and rest.endswith("index.json.sig")) or
            (target == "config" and rest.endswith("/config")))


class H(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"

    def do_GET(self):
        first, _, rest = self.path.lstrip("/").partition("/")
        mode, _, target = first.partition("-")
        path = os.path.realpath(os.path.join(ROOT, rest))
        if not path.startswith(os.path.realpath(ROOT) + "/") or not os.path.isfile(path):
            self.send_error(404)
            return
        data = open(path, "rb").read()
        if mode == "plain" or not hostile(target, rest):
            self.send_response(200)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
            return
        self.send_response(200)
        if mode == "biglen":
            self.send_header("Content-Length", str(10**9))
        self.end_headers()
        try:
            if mode == "biglen":
                self.wfile.write(data)
                return
            while True:
                self.wfile.write(b"\0" * (65536 if mode == "endless" else 1))
                self.wfile.flush()
                if mode == "trickle":
                    time.sleep(0.2)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, *a):
        pass


http.server.ThreadingHTTPServer.daemon_threads = True
http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), H).serve_forever()
