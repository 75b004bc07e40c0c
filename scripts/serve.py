#!/usr/bin/env python3
"""Static server for the site with the headers the product needs.

usage: serve.py PORT DIR [--cors] [--quiet] [--allow-origin ORIGIN]...

- pins MIME types for .wasm/.mjs/.js/.webmanifest;
- sends a strict Content-Security-Policy on HTML (no third-party origins, connect-src 'self');
- with --cors adds Access-Control-Allow-Origin: * (the widget is loaded from other origins);
- --allow-origin ORIGIN (repeatable) adds that origin to script-src, worker-src and connect-src:
  for a page that embeds the widget from another origin (web/demo/host.html in the tests);
- binds to 127.0.0.1 only.
"""
import functools
import http.server
import sys

ALLOWED = []


def csp() -> str:
    if not ALLOWED:
        return CSP
    extra = " ".join(ALLOWED)
    return (CSP.replace("script-src 'self'", f"script-src 'self' {extra}")
            .replace("worker-src 'self' blob:", f"worker-src 'self' blob: {extra}")
            .replace("connect-src 'self'", f"connect-src 'self' {extra}"))


CSP = ("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self' blob:; "
       "connect-src 'self'; img-src 'self' data: blob:; style-src 'self'; font-src 'self'; "
       "object-src 'none'; base-uri 'self'; form-action 'none'; frame-ancestors 'self'")


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".mjs": "text/javascript",
        ".js": "text/javascript",
        ".json": "application/json",
        ".webmanifest": "application/manifest+json",
        ".svg": "image/svg+xml",
    }
    cors = False
    quiet = False

    def end_headers(self):
        path = self.path.split("?", 1)[0]
        if path.endswith("/") or path.endswith(".html"):
            self.send_header("Content-Security-Policy", csp())
            self.send_header("X-Content-Type-Options", "nosniff")
            self.send_header("Referrer-Policy", "no-referrer")
        if path.endswith("sw.js"):
            self.send_header("Cache-Control", "no-cache")
        if self.cors:
            self.send_header("Access-Control-Allow-Origin", "*")
            self.send_header("Cross-Origin-Resource-Policy", "cross-origin")
        super().end_headers()

    def log_message(self, fmt, *args):
        if not self.quiet:
            super().log_message(fmt, *args)


def main() -> None:
    if len(sys.argv) < 3:
        sys.stderr.write(__doc__)
        sys.exit(2)
    port, directory = int(sys.argv[1]), sys.argv[2]
    Handler.cors = "--cors" in sys.argv
    Handler.quiet = "--quiet" in sys.argv
    for i, a in enumerate(sys.argv):
        if a == "--allow-origin" and i + 1 < len(sys.argv):
            ALLOWED.append(sys.argv[i + 1])
    handler = functools.partial(Handler, directory=directory)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    print(f"serving {directory} at http://127.0.0.1:{port}/", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
