#!/usr/bin/env python3
"""A static file server on loopback for bench/search_bench.sh, independent of the JDK's server.

    static_server.py SITE [--nagle]      # prints the port, then serves until killed

Python's ThreadingHTTPServer with HTTP/1.1 keep-alive, Content-Length and Last-Modified, no
compression: what a static host sends. TCP_NODELAY is on, as nginx sets it on keep-alive
connections; --nagle leaves Nagle's algorithm on (Python's default), to show what that costs.
"""
import functools
import http.server
import sys


class Handler(http.server.SimpleHTTPRequestHandler):
    protocol_version = 'HTTP/1.1'
    disable_nagle_algorithm = '--nagle' not in sys.argv

    def log_message(self, *args):
        pass


def main():
    handler = functools.partial(Handler, directory=sys.argv[1])
    server = http.server.ThreadingHTTPServer(('127.0.0.1', 0), handler)
    server.daemon_threads = True
    print(server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == '__main__':
    main()
