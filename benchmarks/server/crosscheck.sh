#!/usr/bin/env bash
# Checks wrk's latency figures against a plain client: starts the server (Release) on a fresh index seeded with
# corpus-samples/ (no inbox), warms it up with the query mix, then sends the same query for SECONDS with wrk (one
# connection) and with a sequential keep-alive Python client, and prints for each: requests, mean latency and
# mean × requests (with one connection it cannot exceed the run time), p50, p90, p99.
# Usage: bash benchmarks/server/crosscheck.sh [SECONDS=5] [QUERY="GB/T 31999-2021"]
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=${1:-5}; query=${2:-"GB/T 31999-2021"}
work="$(mktemp -d)"; port=5093; url="http://127.0.0.1:$port"
path="/api/search?q=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$query")"
dotnet build src/StdSearch.Server -c Release -v q -nologo >/dev/null
StdSearch__IndexDirectory="$work/index" Server__InboxFolder="" Server__SeedFolder="$PWD/corpus-samples" Logging__LogLevel__Default=Warning \
  dotnet run -c Release --no-build --project src/StdSearch.Server -- --urls "$url" >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true; rm -rf "$work"' EXIT
until curl -sf "$url/api/health" | grep -q '"status":"ok"'; do sleep 0.5; done
echo "uptime: $(uptime)"
wrk -t1 -c1 -d10s -s benchmarks/server/search.lua "$url" >/dev/null # warm-up
cat > "$work/one.lua" <<LUA
request = function() return wrk.format("GET", "$path") end
done = function(s, latency, r)
  io.write(string.format("wrk:    %d requests in %.2f s, mean %.3f ms (× requests = %.2f s), p50 %.3f, p90 %.3f, p99 %.3f ms\n",
    s.requests, s.duration / 1e6, latency.mean / 1000, latency.mean * s.requests / 1e6,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000))
end
LUA
wrk -t1 -c1 -d"${duration}s" -s "$work/one.lua" "$url" | grep '^wrk:'
python3 - "$port" "$path" "$duration" <<'PY'
import http.client, sys, time
c = http.client.HTTPConnection("127.0.0.1", int(sys.argv[1]))
lat, start = [], time.perf_counter()
while time.perf_counter() - start < float(sys.argv[3]):
    t = time.perf_counter(); c.request("GET", sys.argv[2]); c.getresponse().read(); lat.append(time.perf_counter() - t)
run = time.perf_counter() - start
lat.sort(); n = len(lat); p = lambda q: lat[min(n - 1, int(q * n))] * 1000
print(f"python: {n} requests in {run:.2f} s, mean {sum(lat) / n * 1000:.3f} ms (× requests = {sum(lat):.2f} s), "
      f"p50 {p(.5):.3f}, p90 {p(.9):.3f}, p99 {p(.99):.3f} ms")
PY
echo "uptime: $(uptime)"
