-- Moves random cards of one board to random columns, at a random place or to the end.
dofile(os.getenv("BENCH_LUA") .. "/report.lua")
local columns = { "backlog", "queued", "in_progress", "waiting_approval", "verified" }
local ids = {}
for line in io.lines(os.getenv("IDS_FILE")) do ids[#ids + 1] = line end
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("seed", counter)
end

function init(args)
  math.randomseed(os.time() + (seed or 0) * 7919)
end

function request()
  local id = ids[math.random(#ids)]
  local body
  if math.random(2) == 1 then
    body = '{"column":"' .. columns[math.random(#columns)] .. '","position":' .. (math.random(10) - 1) .. '}'
  else
    body = '{"column":"' .. columns[math.random(#columns)] .. '"}'
  end
  return wrk.format("PATCH", "/api/tasks/" .. id .. "/move", { ["Content-Type"] = "application/json" }, body)
end
