#!/usr/bin/env bash
# Where the idle tail comes from: starts the server (Release) on a fresh index seeded with corpus-samples/, warms it up
# with the query mix (WARMUP seconds), then runs wrk with one connection for SECONDS on each query of
# benchmarks/server/search.lua alone, then on the whole mix again. Needs wrk (apt-get install wrk).
# Usage: bash benchmarks/server/per-query.sh [SECONDS=5] [WARMUP=10]
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=${1:-5}; warmup=${2:-10}
work="$(mktemp -d)"; port=5092; url="http://127.0.0.1:$port"
dotnet build src/StdSearch.Server -c Release -v q -nologo >/dev/null
StdSearch__IndexDirectory="$work/index" Server__InboxFolder="" Server__SeedFolder="$PWD/corpus-samples" \
  Logging__LogLevel__Default=Warning \
  dotnet run -c Release --no-build --project src/StdSearch.Server -- --urls "$url" >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true; rm -rf "$work"' EXIT
until curl -sf "$url/api/health" | grep -q '"status":"ok"'; do sleep 0.5; done
echo "== seeded: $(curl -s "$url/api/health"), uptime: $(uptime)"
mix() { wrk -t1 -c1 -d"$1s" --latency -s benchmarks/server/search.lua "$url" | grep -E "Requests/sec|p50"; }
echo "-- the mix, first ${warmup} s after start (cold)"; mix "$warmup"
# One query at a time: search.lua's queries, each in a script of its own.
python3 - "$work" <<'PY'
import re, sys, pathlib
lua = pathlib.Path("benchmarks/server/search.lua").read_text(encoding="utf-8")
body = lua[lua.index("local queries = {") + len("local queries = {"):lua.index("}")]
for i, q in enumerate(re.findall(r'"((?:[^"\\]|\\.)*)"', body)):
    q = q.replace('\\"', '"')
    script = lua.replace(body, "\n  " + '"' + q.replace('"', '\\"') + '"' + ",\n")
    pathlib.Path(sys.argv[1], f"q{i:02}.lua").write_text(script, encoding="utf-8")
    pathlib.Path(sys.argv[1], f"q{i:02}.txt").write_text(q, encoding="utf-8")
PY
for script in "$work"/q*.lua; do
  printf '%-24s ' "$(cat "${script%.lua}.txt")"
  wrk -t1 -c1 -d"${duration}s" --latency -s "$script" "$url" | grep -E "Requests/sec|p50" | tr '\n' ' '; echo
done
echo "-- the mix again, warm (20 s)"; mix 20
echo "== uptime: $(uptime)"
