-- Counts the answers that are not 200 (a 302 to sign-in or a 401 is not a page) and prints one line for hosts.sh:
-- RESULT <requests/s> <p50 ms> <p99 ms> <answers 200> <other answers> <socket errors>
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  ok = 0
  other = 0
end

function response(status, headers, body)
  if status == 200 then
    ok = ok + 1
  else
    other = other + 1
  end
end

function done(summary, latency, requests)
  local total_ok, total_other = 0, 0
  for _, thread in ipairs(threads) do
    total_ok = total_ok + thread:get("ok")
    total_other = total_other + thread:get("other")
  end
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT %.1f %.2f %.2f %d %d %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, total_ok, total_other, errors))
end
