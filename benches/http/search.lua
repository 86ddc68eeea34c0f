-- wrk script: nearest-10 searches from places across the UK, one need (25% of
-- synthetic sites pass), rotating through the list.
local places = {"B15", "PR1", "CF10", "G1", "BT62", "LS1", "M1", "NE1", "EH1", "BS1",
                "Norwich", "Exeter", "Inverness", "Derry", "Swansea", "SW1A 1AA",
                "52.48,-1.89", "Hull", "Carlisle", "Plymouth"}
local needs = {"perinatal-mental-health", "postnatal-depression-anxiety", "birth-trauma", "baby-loss"}
local i = 0
request = function()
  i = i + 1
  local place = places[(i % #places) + 1]:gsub(" ", "+")
  local need = needs[(i % #needs) + 1]
  return wrk.format("GET", "/api/v1/search?where=" .. place .. "&need=" .. need)
end
