#!/usr/bin/env bash
# Load on the search endpoint while the inbox worker indexes: starts the server (Release) on a fresh index seeded with
# corpus-samples/, runs wrk (1 and 8 connections) idle and then while FILES new standards (renumbered copies of the text sample) are
# dropped into the inbox, one every EVERY seconds, then stops the server. Needs wrk (apt-get install wrk).
# Usage: bash benchmarks/server/load.sh [FILES=40] [SECONDS=20] [EVERY=1]   (stress: 1200 20 0.02)
# PLAIN=1 measures the one-connection runs with a plain sequential keep-alive client (Python) over the same queries
# instead of wrk, whose latency figures on this machine add up to more than the run time (benchmarks/server/crosscheck.sh).
set -euo pipefail
cd "$(dirname "$0")/../.."
files=${1:-40}; duration=${2:-20}; every=${3:-1}
work="$(mktemp -d)"; port=5091; url="http://127.0.0.1:$port"
dotnet build src/StdSearch.Server -c Release -v q -nologo >/dev/null
StdSearch__IndexDirectory="$work/index" Server__InboxFolder="$work/inbox" Server__InboxRescanSeconds=5 \
  Server__SeedFolder="$PWD/corpus-samples" Logging__LogLevel__Default=Warning \
  dotnet run -c Release --no-build --project src/StdSearch.Server -- --urls "$url" >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true; rm -rf "$work"' EXIT
until curl -sf "$url/api/health" | grep -q '"status":"ok"'; do sleep 0.5; done
echo "== seeded: $(curl -s "$url/api/health")"

# The documents to drop: the WB/T 1999 text sample renumbered WB/T 5000..5000+FILES (each a new standard).
mkdir -p "$work/drop"
python3 - "$work/drop" "$files" <<'PY'
import sys, pathlib
src = pathlib.Path("corpus-samples/txt/wbt-1999-2020.txt").read_text(encoding="utf-8")
full = str.maketrans("0123456789", "０１２３４５６７８９")
for i in range(int(sys.argv[2])):
    n = 5000 + i
    text = src.replace("WB/T1999-2020", f"WB/T{n}-2020").replace("ＷＢ／Ｔ　１９９９－２０２０", f"ＷＢ／Ｔ　{str(n).translate(full)}－２０２０")
    pathlib.Path(sys.argv[1], f"wbt-{n}.txt").write_text(text, encoding="utf-8")
PY

plain() { # seconds: search.lua's queries in turn, one request at a time on one keep-alive connection
  python3 - "$port" "$1" <<'PY'
import http.client, re, sys, time, urllib.parse
lua = open("benchmarks/server/search.lua", encoding="utf-8").read()
body = lua[lua.index("local queries = {") + len("local queries = {"):lua.index("}")]
paths = ["/api/search?q=" + urllib.parse.quote(q.replace('\\"', '"'), safe="-_.~") for q in re.findall(r'"((?:[^"\\]|\\.)*)"', body)]
c = http.client.HTTPConnection("127.0.0.1", int(sys.argv[1]))
lat, bad, start, n = [], 0, time.perf_counter(), 0
while time.perf_counter() - start < float(sys.argv[2]):
    n += 1
    t = time.perf_counter(); c.request("GET", paths[n % len(paths)]); r = c.getresponse(); r.read(); lat.append(time.perf_counter() - t)
    bad += r.status != 200
run = time.perf_counter() - start
lat.sort(); p = lambda q: lat[min(len(lat) - 1, int(q * len(lat)))] * 1000
print(f"  {len(lat)} requests in {run:.2f}s (plain client)")
print(f"Requests/sec: {len(lat) / run:10.2f}")
print(f"p50 {p(.5):.2f} ms, p90 {p(.9):.2f} ms, p99 {p(.99):.2f} ms, max {lat[-1] * 1000:.2f} ms")
print(f"non-200 responses: {bad}")
PY
}

run() { # connections
  echo "-- $1 connection(s), uptime: $(uptime)"
  if [[ "${PLAIN:-0}" == 1 && "$1" == 1 ]]; then plain "$duration"; else
  wrk -t1 -c"$1" -d"${duration}s" --latency -s benchmarks/server/search.lua "$url" | grep -E "Requests/sec|requests in|p50|non-200|Socket errors"; fi
  echo "   health after it: $(curl -s "$url/api/health")" # the gc pause total tells what the collector took
}
# Warm-up, not measured: the first seconds of a fresh process run unoptimised code (tiered compilation).
wrk -t1 -c8 -d10s -s benchmarks/server/search.lua "$url" >/dev/null
echo "== idle index (after a 10 s warm-up)"
run 1; run 8

echo "== while the worker indexes $files files dropped one every $every s"
( for f in "$work"/drop/*.txt; do cp "$f" "$work/inbox/"; sleep "$every"; done ) &
copier=$!
run 1; run 8
echo "== during the runs: $(curl -s "$url/api/health")"
wait $copier
echo "== after the run: $(curl -s "$url/api/health")"
echo "== uptime: $(uptime)"
