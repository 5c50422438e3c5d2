#!/usr/bin/env bash
# Page-speed measurement of MentoringProgram beside the bench-ref reference app, in one command:
#   bench/run.sh
# Builds Release, seeds a SQLite file and a throwaway PostgreSQL database with the page-speed pool (through the
# app's own code: bench/MentoringProgram.Bench seed), serves each with the real app in Production on loopback,
# counts the SQL statements of one request per page, then loads the pages with ../shared/bench-ref/run.sh in
# the same rounds as its reference endpoints, and ends with one summary of ratios and statement counts.
# Knobs: REPS (3), DURATION (10s), WARMUP (3s), CONNS (passed through to bench-ref), BENCH_SCALE (1: 2,000
# requests and 1,000 mentor offers; 10 for ten times that), BENCH_OUT (keep raw outputs there; by default they
# live in the temporary work folder and go with it).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
REF="$ROOT/../shared/bench-ref/run.sh"
export REPS="${REPS:-3}" DURATION="${DURATION:-10s}" WARMUP="${WARMUP:-3s}"
SCALE="${BENCH_SCALE:-1}"
WORK="$(mktemp -d /tmp/mentoring-bench.XXXXXX)"
chmod 755 "$WORK"  # the postgres user must reach its data folder inside
OUT="${BENCH_OUT:-$WORK/out}"
mkdir -p "$OUT"
WEB_DLL="$ROOT/src/MentoringProgram.Web/bin/Release/net10.0/MentoringProgram.Web.dll"
BENCH_DLL="$ROOT/bench/MentoringProgram.Bench/bin/Release/net10.0/MentoringProgram.Bench.dll"
# Must match bench/MentoringProgram.Bench/BenchAccounts.cs.
COORDINATOR=coordinator@bench.test
STAFF=staff@bench.test
PASSWORD=bench-mentoring-2026-long
PUBLIC_HOST=mentoring.bench.example
APP_PIDS=()
PG_BIN=""
PG_DATA=""

log() { printf '[bench] %s\n' "$*" >&2; }
fail() {
  log "FAILED: $*"
  # What the apps said last, since the work folder (and their logs) goes with the exit.
  for f in "$WORK"/app-*.log; do [[ -f "$f" ]] && { log "--- tail of $(basename "$f")"; tail -n 15 "$f" >&2; }; done
  exit 1
}

cleanup() {
  set +e
  for pid in "${APP_PIDS[@]}"; do
    kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
  done
  if [[ -n "$PG_DATA" && -f "$PG_DATA/postmaster.pid" ]]; then
    runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null 2>&1
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

[[ "$(id -u)" == 0 ]] || fail "run as root (the PostgreSQL cluster runs as the postgres user, wrk may need installing)"
[[ -x "$REF" ]] || fail "no reference benchmark at $REF"
command -v dotnet >/dev/null || fail "the .NET SDK is needed"
command -v python3 >/dev/null || fail "python3 is needed (login, statement counts, summary)"
command -v curl >/dev/null || fail "curl is needed"
if ! command -v wrk >/dev/null; then
  log "installing wrk"
  apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
fi

# --- 1. Build ---------------------------------------------------------------------------------------------
log "building Release (web + bench)"
dotnet build "$ROOT/bench/MentoringProgram.Bench" -c Release -nologo -v quiet > "$WORK/build.log" 2>&1 \
  || { cat "$WORK/build.log"; fail "build"; }

# --- 2. A throwaway PostgreSQL cluster (settings as bench-ref's own, so the -pg ratios compare like with like) --
PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
[[ -x "$PG_BIN/initdb" ]] || fail "no PostgreSQL server binaries under /usr/lib/postgresql"
PG_DATA="$WORK/pg/data"
mkdir -p "$PG_DATA" "$WORK/pg/sock"
chown -R postgres "$WORK/pg"
PG_PORT="$(free_port)"
runuser -u postgres -- "$PG_BIN/initdb" -D "$PG_DATA" -A trust -U postgres -E UTF8 --no-sync > "$WORK/pg/initdb.log" 2>&1 \
  || { cat "$WORK/pg/initdb.log"; fail "initdb"; }
runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$WORK/pg/sock/server.log" -w \
  -o "-p $PG_PORT -k $WORK/pg/sock -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
  start > "$WORK/pg/start.log" 2>&1 || { cat "$WORK/pg/start.log" "$WORK/pg/sock/server.log"; fail "PostgreSQL start"; }
log "PostgreSQL on 127.0.0.1:$PG_PORT"
SQLITE_CONN="Data Source=$WORK/mentoring.db"
PG_CONN="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=mentoring_bench"

# --- 3. Seed both databases through the app's own code -------------------------------------------------------
seed() { # provider connection -> prints "program-id request-id" (a request waiting, for its suggestions page)
  local out
  out="$(dotnet "$BENCH_DLL" seed --provider "$1" --connection "$2" --scale "$SCALE" 2>&1)" || { echo "$out" >&2; fail "seeding $1"; }
  echo "$out" | grep -vE '^(PROGRAM|REQUEST)_ID=' >&2
  echo "$(echo "$out" | sed -n 's/^PROGRAM_ID=//p') $(echo "$out" | sed -n 's/^REQUEST_ID=//p')"
}
log "seeding (scale $SCALE)"
SQLITE_PROGRAM="$(seed Sqlite "$SQLITE_CONN")"
PG_PROGRAM="$(seed PostgreSql "$PG_CONN")"
[[ "$SQLITE_PROGRAM" =~ ^[0-9]+\ [0-9]+$ && "$PG_PROGRAM" =~ ^[0-9]+\ [0-9]+$ ]] || fail "the seed printed no PROGRAM_ID and REQUEST_ID"

# --- 4. The app in Production on loopback ---------------------------------------------------------------------
# Loopback is a trusted proxy by default, so requests say X-Forwarded-Proto: https as a TLS-terminating proxy
# would (Production cookies are Secure and plain HTTP is otherwise redirected). AllowedHosts must name the
# public host (ProductionSettings) and 127.0.0.1, the Host wrk and curl send (host filtering ignores the port).
# Hangfire's server stays off: its polling would load the machine during the runs, and no job is measured.
start_app() { # name provider connection command-log(0|1); sets APP_URL
  local name="$1" port; port="$(free_port)"
  local extra=()
  [[ "$4" == 1 ]] && extra=("Logging__LogLevel__Microsoft.EntityFrameworkCore.Database.Command=Information" "Logging__Console__FormatterName=simple")
  env ASPNETCORE_ENVIRONMENT=Production \
    "Database__Provider=$2" "Database__ConnectionString=$3" \
    "Email__PublicBaseUrl=https://$PUBLIC_HOST" "AllowedHosts=$PUBLIC_HOST;127.0.0.1" \
    "Email__PickupDirectory=$WORK/mail-$name" Jobs__RunServer=false Demo__Seed=false "${extra[@]}" \
    dotnet "$WEB_DLL" --urls "http://127.0.0.1:$port" --contentRoot "$ROOT/src/MentoringProgram.Web" > "$WORK/app-$name.log" 2>&1 &
  local pid=$!
  APP_PIDS+=("$pid")
  APP_PID=$pid
  APP_URL="http://127.0.0.1:$port"
  for _ in $(seq 1 120); do
    [[ "$(curl -s -o /dev/null -w '%{http_code}' -H 'X-Forwarded-Proto: https' "$APP_URL/Identity/Account/Login")" == 200 ]] && break
    kill -0 "$pid" 2>/dev/null || { cat "$WORK/app-$name.log"; fail "app $name exited"; }
    sleep 0.5
  done
  [[ "$(curl -s -o /dev/null -w '%{http_code}' -H 'X-Forwarded-Proto: https' "$APP_URL/Identity/Account/Login")" == 200 ]] \
    || { cat "$WORK/app-$name.log"; fail "app $name did not answer its login page"; }
  log "app $name ($2) on $APP_URL"
}

login() { python3 "$ROOT/bench/login.py" "$1" "$2" "$PASSWORD" || fail "login as $2 on $1"; }

coordinator_pages() { # "program-id request-id"
  local program="${1% *}" request="${1#* }"
  echo "requests=/Programs/$program/Requests?status=Submitted volunteers=/Programs/$program/Volunteers coordinator-home=/ suggestions=/Programs/$program/Requests/$request/Suggestions"
}

# --- 5. Statement counts, on separate instances that log every command ------------------------------------------
# One request per page, counted with a fresh cookie and again with the same cookie more than a minute old (the
# app then re-checks the session on every request, as it does for wrk's requests after the first minute).
start_app count-sqlite Sqlite "$SQLITE_CONN" 1; COUNT_SQLITE_URL="$APP_URL"; COUNT_PIDS=("$APP_PID")
start_app count-pg PostgreSql "$PG_CONN" 1; COUNT_PG_URL="$APP_URL"; COUNT_PIDS+=("$APP_PID")
COUNT_SQLITE_COORD="$(login "$COUNT_SQLITE_URL" "$COORDINATOR")"
COUNT_SQLITE_STAFF="$(login "$COUNT_SQLITE_URL" "$STAFF")"
COUNT_PG_COORD="$(login "$COUNT_PG_URL" "$COORDINATOR")"
COUNT_PG_STAFF="$(login "$COUNT_PG_URL" "$STAFF")"
count_all() { # label; one "db label page statements" line per page
  local db url log cookie pages
  for run in "sqlite $COUNT_SQLITE_URL count-sqlite coord" "sqlite $COUNT_SQLITE_URL count-sqlite staff" \
             "pg $COUNT_PG_URL count-pg coord" "pg $COUNT_PG_URL count-pg staff"; do
    read -r db url log cookie <<< "$run"
    if [[ "$cookie" == coord ]]; then
      pages="$(coordinator_pages "$([[ $db == sqlite ]] && echo "$SQLITE_PROGRAM" || echo "$PG_PROGRAM")")"
      cookie="$([[ $db == sqlite ]] && echo "$COUNT_SQLITE_COORD" || echo "$COUNT_PG_COORD")"
    else
      pages="staff-home=/"
      cookie="$([[ $db == sqlite ]] && echo "$COUNT_SQLITE_STAFF" || echo "$COUNT_PG_STAFF")"
    fi
    # shellcheck disable=SC2086  # pages is a list of name=path words
    python3 "$ROOT/bench/count_statements.py" "$WORK/app-$log.log" "$url" "$cookie" $pages > "$WORK/count.txt" || return 1
    sed "s/^/$db $1 /" "$WORK/count.txt"
  done
}
COUNT_STARTED=$SECONDS
count_all fresh > "$OUT/statements.txt" || fail "statement counts"
log "SQL statements per request (fresh cookie):"
sed 's/^/  /' "$OUT/statements.txt" >&2

# --- 6-7. Load each app beside the reference --------------------------------------------------------------------
start_app sqlite Sqlite "$SQLITE_CONN" 0; SQLITE_URL="$APP_URL"
start_app pg PostgreSql "$PG_CONN" 0; PG_URL="$APP_URL"

# The counting cookies go stale while the load instances start; the counting instances stop before any load,
# so nothing but the app under test and bench-ref runs during the measurements.
(( SECONDS - COUNT_STARTED > 65 )) || { log "waiting for the counting cookies to be a minute old"; sleep $(( 66 - (SECONDS - COUNT_STARTED) )); }
count_all stale >> "$OUT/statements.txt" || fail "statement counts (stale cookie)"
log "SQL statements per request (cookie more than a minute old):"
grep ' stale ' "$OUT/statements.txt" | sed 's/^/  /' >&2
for pid in "${COUNT_PIDS[@]}"; do kill "$pid"; wait "$pid" 2>/dev/null || true; done

check_url() { # header url: 200 from curl, and wrk (one short burst) receives pages of the same size, not redirects
  local header="$1" url="$2" code size
  read -r code size < <(curl -s -o /dev/null -w '%{http_code} %{size_download}\n' -H "${header%%$'\r'*}" -H 'X-Forwarded-Proto: https' "$url")
  [[ "$code" == 200 ]] || fail "$url answered $code (expected 200)"
  wrk -t1 -c2 -d1s -H "$header" "$url" > "$WORK/check.txt" || fail "wrk on $url"
  python3 - "$WORK/check.txt" "$size" "$url" <<'PY' || fail "wrk's requests to $url do not get the page (see above)"
import re, sys
text, size, url = open(sys.argv[1]).read(), int(sys.argv[2]), sys.argv[3]
bad = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
count = int(re.search(r"(\d+) requests in", text).group(1))
amount, unit = re.search(r"requests in [\d.]+\w+, ([\d.]+)(B|KB|MB|GB) read", text).groups()
per = float(amount) * {"B": 1, "KB": 1024, "MB": 1024**2, "GB": 1024**3}[unit] / max(count, 1)
# wrk does not flag 3xx, and a redirect to the login page is small: compare sizes with the page curl fetched.
if bad or not (0.5 < per / max(size, 1) < 2):
    print(f"{url}: {bad.group(1) if bad else 0} non-2xx/3xx, {per:.0f} bytes per response, page is {size} bytes", file=sys.stderr)
    sys.exit(1)
PY
}

reference_run() { # label app-url email no-pg name=path...
  local label="$1" base="$2" email="$3" nopg="$4"; shift 4
  local urls=() cookie header
  for page in "$@"; do urls+=("${page%%=*}=$base${page#*=}"); done
  # A fresh login right before the run: bench-ref builds and warms up first, and every extra minute of cookie
  # age is a minute of requests that re-check the session.
  cookie="$(login "$base" "$email")"
  # wrk takes one -H; its value is written into the request as is, so a CR LF inside adds the second header.
  header="Cookie: $cookie"$'\r\n''X-Forwarded-Proto: https'
  for u in "${urls[@]}"; do check_url "$header" "${u#*=}"; done
  log "run $label: ${urls[*]}"
  EXTRA_URLS="${urls[*]}" EXTRA_HEADER="$header" NO_PG="$nopg" NO_MATCH=1 BENCH_OUT="$OUT/ref-$label" \
    "$REF" 2>&1 | tee "$OUT/run-$label.txt" || fail "bench-ref run $label"
}

reference_run sqlite-coordinator "$SQLITE_URL" "$COORDINATOR" 1 $(coordinator_pages "$SQLITE_PROGRAM")
reference_run pg-coordinator "$PG_URL" "$COORDINATOR" 0 $(coordinator_pages "$PG_PROGRAM")
reference_run sqlite-staff "$SQLITE_URL" "$STAFF" 1 staff-home=/

# --- 8. One summary ---------------------------------------------------------------------------------------------
python3 - "$OUT" "$SCALE" <<'PY'
import os, re, sys
out, scale = sys.argv[1], sys.argv[2]
runs = [  # run label, database, pages, the reference endpoints that matter for it
    ("sqlite-coordinator", "sqlite", ["requests", "volunteers", "coordinator-home", "suggestions"], ["fortunes-mvc", "list-2000"]),
    ("pg-coordinator", "pg", ["requests", "volunteers", "coordinator-home", "suggestions"], ["fortunes-mvc-pg", "list-2000-pg"]),
    ("sqlite-staff", "sqlite", ["staff-home"], ["fortunes-mvc"]),
]
counts = {}
for line in open(os.path.join(out, "statements.txt")):
    db, cookie, page, n = line.split()
    counts[(db, page, cookie)] = n
print(f"\n== MentoringProgram pages beside bench-ref (pool scale {scale}; REPS={os.environ.get('REPS')}, "
      f"DURATION={os.environ.get('DURATION')}) ==")
for label, db, pages, refs in runs:
    text = open(os.path.join(out, f"run-{label}.txt")).read()
    for page in pages:
        table = re.search(rf"^extra-{re.escape(page)}\s+(\d+)\s+([\d.]+)\s+([\d.]+)", text, re.M)
        ratios = re.search(rf"^extra-{re.escape(page)}: (.*)$", text, re.M)
        parts = [p for p in (ratios.group(1).split("; ") if ratios else []) if p.split(":")[0][2:] in refs]
        stmts = f"{counts.get((db, page, 'fresh'), '?')} fresh / {counts.get((db, page, 'stale'), '?')} stale cookie"
        head = f"{page} ({db})"
        if table:
            head += f": {table.group(1)} req/s, p99 {table.group(3)} ms"
        print(f"{head}; SQL statements per request {stmts}")
        for p in parts:
            print(f"    {p}")
        if not parts:
            print("    (no ratios found in bench-ref's output)")
    for ref in re.findall(r"^list-2000-pg ÷ fortunes-mvc-pg: .*$", text, re.M):
        print(f"  reference: {ref}")
print(f"\nraw outputs: {out}/ (kept only when BENCH_OUT is set)")
PY
