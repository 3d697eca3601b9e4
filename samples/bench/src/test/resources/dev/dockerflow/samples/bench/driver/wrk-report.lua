-- wrk script of the benchmark driver (Wrk.java). It does two things wrk cannot be told on its command line:
--   * bounds the number of requests each wrk thread sends (the first script argument), on top of wrk's
--     own bound in time (-d), so that no loop runs unbounded;
--   * prints the run's figures, once, as one JSON object on the last line of wrk's output, for the
--     driver to read instead of parsing wrk's human-readable report.
-- No response() function: wrk then skips parsing headers and bodies, which keeps it cheaper on the CPU
-- that it shares with the server.

local limit = 0
local sent = 0
local prepared = nil

function init(args)
  limit = tonumber(args[1]) or 0
  prepared = wrk.format(nil, nil)
end

function request()
  sent = sent + 1
  if limit > 0 and sent > limit then
    wrk.thread:stop()
  end
  return prepared
end

function done(summary, latency, requests)
  local e = summary.errors
  -- with no request completed, wrk's latency statistics hold no sample: report zeros
  local function figure(value)
    if summary.requests == 0 then return 0 end
    return value
  end
  io.write(string.format(
    '{"requests":%d,"duration_us":%d,"bytes":%d,' ..
    '"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d},' ..
    '"latency_us":{"min":%d,"p50":%d,"p90":%d,"p99":%d,"max":%d,"mean":%.1f}}\n',
    summary.requests, summary.duration, summary.bytes,
    e.connect, e.read, e.write, e.status, e.timeout,
    figure(latency.min), figure(latency:percentile(50)), figure(latency:percentile(90)),
    figure(latency:percentile(99)), figure(latency.max), figure(latency.mean)))
end
