-- wrk script: POST a JSON body read from a file, keep-alive.
--   wrk -t2 -c32 -d10s --latency -s bench/post.lua http://127.0.0.1:18080/api/v1/screenings -- BODY.json [CONTENT_TYPE]
function init(args)
  local file = assert(io.open(args[1], "rb"))
  wrk.method = "POST"
  wrk.body = file:read("*a")
  file:close()
  wrk.headers["Content-Type"] = args[2] or "application/json"
  wrk.headers["Accept"] = "application/json"
end
