-- One machine-readable line per run: requests/s, p50 and p99 in milliseconds, and every kind of error (non-2xx included).
function done(summary, latency, requests)
  local e = summary.errors
  local errors = e.connect + e.read + e.write + e.status + e.timeout
  io.write(string.format('RESULT {"requests":%d,"rps":%.1f,"p50_ms":%.2f,"p99_ms":%.2f,"errors":%d}\n',
    summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, errors))
end
