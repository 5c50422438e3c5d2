#!/usr/bin/env python3
"""Signs in to MentoringProgram and prints the Cookie header value a browser would then send.

usage: login.py BASE_URL EMAIL PASSWORD

Cookies are handled by hand: outside Development they are Secure and __Host- prefixed, and an http:// client
(curl's jar, http.cookiejar) refuses to send those back. The app sits on loopback, a trusted proxy address,
so every request says X-Forwarded-Proto: https, as a TLS-terminating proxy would.
"""
import http.client
import re
import sys
import urllib.parse

FORWARDED = {"X-Forwarded-Proto": "https"}


def request(conn, method, path, cookies, body=None, headers=None):
    h = dict(FORWARDED)
    if cookies:
        h["Cookie"] = "; ".join(f"{k}={v}" for k, v in cookies.items())
    h.update(headers or {})
    conn.request(method, path, body=body, headers=h)
    resp = conn.getresponse()
    data = resp.read().decode("utf-8", "replace")
    for header in resp.headers.get_all("Set-Cookie") or []:
        name, _, rest = header.partition("=")
        value = rest.split(";", 1)[0]
        if value:
            cookies[name.strip()] = value
        else:
            cookies.pop(name.strip(), None)
    return resp, data


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    base, email, password = sys.argv[1:]
    url = urllib.parse.urlsplit(base)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
    cookies = {}
    resp, page = request(conn, "GET", "/Identity/Account/Login", cookies)
    if resp.status != 200:
        sys.exit(f"login.py: GET /Identity/Account/Login answered {resp.status}")
    token = re.search(r'name="__RequestVerificationToken" type="hidden" value="([^"]+)"', page)
    if not token:
        sys.exit("login.py: no __RequestVerificationToken on the login page")
    form = urllib.parse.urlencode({"Input.Email": email, "Input.Password": password,
                                   "__RequestVerificationToken": token.group(1)})
    resp, _ = request(conn, "POST", "/Identity/Account/Login", cookies, form,
                      {"Content-Type": "application/x-www-form-urlencoded"})
    if resp.status != 302 or "__Host-mentoring" not in cookies:
        sys.exit(f"login.py: POST /Identity/Account/Login as {email} answered {resp.status} "
                 f"(cookies: {', '.join(cookies) or 'none'}); expected 302 with __Host-mentoring")
    print("; ".join(f"{k}={v}" for k, v in cookies.items()))


if __name__ == "__main__":
    main()
