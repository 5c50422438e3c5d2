#!/usr/bin/env python3
"""Counts the SQL statements the app runs for one request to each page.

usage: count_statements.py LOG_FILE BASE_URL COOKIE name=path [name=path ...]

The app must be writing EF Core's command log (category Microsoft.EntityFrameworkCore.Database.Command at
Information) to LOG_FILE, one "Executed DbCommand" entry per statement. Requests go one at a time and the log
is read until it stops growing, so each difference belongs to that request alone. Each page is requested
once first and counted on the second request: the first also pays one-off work (the data protection key
ring, view compilation) that a page under load never repeats. Prints "name statements" lines.
"""
import http.client
import sys
import time
import urllib.parse

MARK = "Executed DbCommand"


def statements(log):
    with open(log, encoding="utf-8", errors="replace") as f:
        return f.read().count(MARK)


def settled(log):
    # The console logger writes from a background queue: wait until the count holds still for a while.
    last, still = statements(log), 0
    while still < 6:
        time.sleep(0.1)
        now = statements(log)
        still = still + 1 if now == last else 0
        last = now
    return last


def get(base, path, cookie):
    url = urllib.parse.urlsplit(base)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
    conn.request("GET", path, headers={"Cookie": cookie, "X-Forwarded-Proto": "https"})
    resp = conn.getresponse()
    resp.read()
    conn.close()
    return resp.status


def main():
    if len(sys.argv) < 5:
        sys.exit(__doc__)
    log, base, cookie, pages = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
    for page in pages:
        name, _, path = page.partition("=")
        get(base, path, cookie)
        before = settled(log)
        status = get(base, path, cookie)
        if status != 200:
            sys.exit(f"count_statements.py: {path} answered {status}")
        print(f"{name} {settled(log) - before}")


if __name__ == "__main__":
    main()
