-- Appends batches of ten events to one session.
dofile(os.getenv("BENCH_LUA") .. "/report.lua")
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local events = {}
for i = 1, 10 do
  events[i] = '{"type":"chunk","data":{"text":"benchmark chunk ' .. i .. ' with some text in it"}}'
end
wrk.body = "[" .. table.concat(events, ",") .. "]"
