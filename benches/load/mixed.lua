-- wrk script: a mixed workload of reads (searches, listing pages, the directory, the map)
-- and writes (shortlists kept from a sheet: POST /shortlists, answered 303 once stored).
-- One request in WRITE_EVERY is a write. Each thread counts its statuses; done() sums them
-- so run.sh can compare acknowledged writes with the rows stored.
local places = {"B15+2TT", "PR1", "CF10", "G1", "BT62", "LS1", "M1", "NE1", "EH1", "BS1",
                "Norwich", "Exeter", "Inverness", "Derry", "Swansea", "Hull", "Plymouth"}
local pages = {"/projects", "/projects/action-on-postpartum-psychosis", "/map",
               "/projects/bluebell-care-trust", "/api/v1/projects?per_page=50"}
local write_every = tonumber(os.getenv("WRITE_EVERY") or "10")
local origin = os.getenv("ORIGIN") or "http://127.0.0.1:8098"

local threads = {}
setup = function(thread)
  table.insert(threads, thread)
end

init = function(args)
  i = 0
  acked, refused, errors, other = 0, 0, 0, 0
end

request = function()
  i = i + 1
  if i % write_every == 0 then
    local body = "where=" .. places[(i % #places) + 1] .. "&keep=action-on-postpartum-psychosis"
    return wrk.format("POST", "/shortlists", {
      ["Content-Type"] = "application/x-www-form-urlencoded",
      ["Origin"] = origin,
    }, body)
  end
  if i % 3 == 0 then
    return wrk.format("GET", pages[(i % #pages) + 1])
  end
  return wrk.format("GET", "/search?where=" .. places[(i % #places) + 1])
end

response = function(status, headers, body)
  if status == 303 then
    acked = acked + 1
  elseif status >= 500 then
    errors = errors + 1
  elseif status >= 400 then
    refused = refused + 1
  else
    other = other + 1
  end
end

done = function(summary, latency, requests)
  local a, r, e = 0, 0, 0
  for _, t in ipairs(threads) do
    a = a + t:get("acked")
    r = r + t:get("refused")
    e = e + t:get("errors")
  end
  io.write(string.format("writes acknowledged: %d\n4xx: %d\n5xx: %d\n", a, r, e))
  io.write(string.format("p50: %.1f ms\np99: %.1f ms\n", latency:percentile(50) / 1000,
                         latency:percentile(99) / 1000))
end
