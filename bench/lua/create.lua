-- Creates tasks in one project's backlog.
dofile(os.getenv("BENCH_LUA") .. "/report.lua")
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"projectId":"' .. os.getenv("PROJECT_ID") .. '","title":"benchmark task","labels":["bench"],"priority":"low"}'
