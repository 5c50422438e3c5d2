#!/usr/bin/env bash
# Runs every test suite against real parts: a SQLite file, a throwaway PostgreSQL cluster, a real SMTP
# server (maildev), Debian's Chromium, and Caddy in front of the Production build. Installs what is missing, starts what is needed, cleans up, and
# ends with one line: "N passed, N failed, N skipped". Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
WORK=$(mktemp -d /tmp/mentoring-test.XXXXXX)
chmod 755 "$WORK"  # the postgres user must reach its data folder inside
PGPID=""
MAILPID=""

cleanup() {
  [ -n "$MAILPID" ] && kill "$MAILPID" 2>/dev/null || true
  if [ -n "$PGPID" ]; then kill -INT "$PGPID" 2>/dev/null || true; wait "$PGPID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])'; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# --- Chromium (Debian's) for the browser tests -------------------------------------------------------
if ! command -v chromium >/dev/null 2>&1; then
  echo "Installing chromium..."
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
export CHROMIUM_PATH=${CHROMIUM_PATH:-$(command -v chromium)}

# --- Caddy (Debian's): the TLS-terminating proxy the Production build is tested behind ---------------
if ! command -v caddy >/dev/null 2>&1; then
  echo "Installing caddy..."
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq caddy >/dev/null
  # Debian's package starts a caddy service on port 80; the tests run their own on free ports.
  as_root systemctl disable --now caddy >/dev/null 2>&1 || true
fi

# --- maildev: a real SMTP server --------------------------------------------------------------------
if [ ! -x tools/maildev/node_modules/.bin/maildev ]; then
  echo "Installing maildev..."
  (cd tools/maildev && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi
# --- html-validate: every page the tests open is checked for valid markup ---------------------------------
if [ ! -d tools/html-validate/node_modules/html-validate ]; then
  echo "Installing html-validate..."
  (cd tools/html-validate && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi
SMTP_PORT=$(free_port); MAILWEB_PORT=$(free_port)
tools/maildev/node_modules/.bin/maildev --smtp "$SMTP_PORT" --ip 127.0.0.1 --web "$MAILWEB_PORT" --web-ip 127.0.0.1 \
  --mail-directory "$WORK/mail" --silent >"$WORK/maildev.log" 2>&1 &
MAILPID=$!

# --- A throwaway PostgreSQL cluster -------------------------------------------------------------------
PGBIN=$(dirname "$(command -v initdb 2>/dev/null || ls /usr/lib/postgresql/*/bin/initdb | tail -1)")
PGPORT=$(free_port)
mkdir -p "$WORK/pg"
if [ "$(id -u)" = 0 ]; then
  chown postgres: "$WORK/pg"
  RUNPG=(setpriv --reuid=postgres --regid=postgres --init-groups)
else
  RUNPG=()
fi
"${RUNPG[@]}" "$PGBIN/initdb" -D "$WORK/pg/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >"$WORK/initdb.log" 2>&1
"${RUNPG[@]}" "$PGBIN/postgres" -D "$WORK/pg/data" -p "$PGPORT" -k "$WORK/pg" -c listen_addresses=127.0.0.1 \
  -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300 >"$WORK/pg/server.log" 2>&1 &
PGPID=$!

for _ in $(seq 1 100); do pg_isready -q -h 127.0.0.1 -p "$PGPORT" && break; sleep 0.1; done
pg_isready -q -h 127.0.0.1 -p "$PGPORT" || { echo "PostgreSQL did not start"; cat "$WORK/pg/server.log"; exit 1; }
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$MAILWEB_PORT/api/healthz" >/dev/null && break; sleep 0.1; done
curl -sf "http://127.0.0.1:$MAILWEB_PORT/api/healthz" >/dev/null || { echo "maildev did not start"; cat "$WORK/maildev.log"; exit 1; }

export MP_TEST_POSTGRES="Host=127.0.0.1;Port=$PGPORT;Username=postgres;Database=postgres"
export MP_REQUIRE_REAL_PARTS=1
export MP_TEST_SMTP_HOST=127.0.0.1 MP_TEST_SMTP_PORT=$SMTP_PORT MP_TEST_MAILDEV_API="http://127.0.0.1:$MAILWEB_PORT"

# --- Build once, then each suite in turn (they share nothing but the machine's two cores) ------------
dotnet build MentoringProgram.sln -nologo -v quiet

passed=0; failed=0; skipped=0; status=0
for suite in UnitTests IntegrationTests BrowserTests; do
  echo "=== $suite"
  log="$WORK/$suite.log"
  set +e
  dotnet test --project "tests/MentoringProgram.$suite" --no-build >"$log" 2>&1
  code=$?
  # Failures with their messages (stack frames left out), then the suite's totals.
  grep -vE '^\s+at |^\s*(info|warn|dbug):|^\s{6,}\S' "$log" | awk '/^failed /{show=1} /^  total:/{show=0} show' | head -200 || true
  grep -E '^  (total|failed|succeeded|skipped):' "$log" || true
  set -e
  s=$(grep -E '^\s+succeeded:' "$log" | tail -1 | awk '{print $2}'); f=$(grep -E '^\s+failed:' "$log" | tail -1 | awk '{print $2}'); k=$(grep -E '^\s+skipped:' "$log" | tail -1 | awk '{print $2}')
  if [ -z "$s" ]; then echo "$suite did not run"; tail -40 "$log"; f=$((${f:-0} + 1)); fi
  passed=$((passed + ${s:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${k:-0}))
  [ "$code" -ne 0 ] && status=1
done

[ "$failed" -gt 0 ] && status=1
echo "$passed passed, $failed failed, $skipped skipped"
exit $status
