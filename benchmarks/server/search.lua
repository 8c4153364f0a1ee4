-- wrk script: GET /api/search, cycling through queries of every kind (Traditional words, a question, a standard
-- number, a field filter, a phrase, English), URL-encoded by wrk's own helper below.
local queries = {
  "儲存油溫", "储油罐多久清洗一次", "GB/T 31999-2021", "油温 level:local", "\"储存期间\"",
  "温度监测 year:>=2020", "充电 安全", "thermal runaway", "储油罐 NOT 充氮", "冷链 region:吉林",
}
local function encode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end
local paths = {}
for i, q in ipairs(queries) do paths[i] = "/api/search?q=" .. encode(q) end
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", paths[(n % #paths) + 1])
end
-- wrk counts only socket errors and timeouts as errors; count any non-200 too.
local bad = 0
response = function(status)
  if status ~= 200 then bad = bad + 1 end
end
done = function(summary, latency, requests)
  io.write(string.format("p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
  io.write(string.format("non-200 responses (this thread's count only; run with -t1 for the total): %d\n", bad))
end
