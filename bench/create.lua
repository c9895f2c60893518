-- wrk script: every request reports a new case (a fresh clientId) as one grid worker, with a bearer token.
-- TOKEN and GRID come from the environment (set by bench/cases.sh).
local token = os.getenv("TOKEN")
local grid = os.getenv("GRID")
local counter = 0

local function uuid()
  counter = counter + 1
  return string.format("%08x-%04x-4%03x-a%03x-%012x", math.random(0, 0x7fffffff), math.random(0, 0xffff),
    math.random(0, 0xfff), math.random(0, 0xfff), counter * 65536 + math.random(0, 0xffff))
end

function init(args)
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
end

function request()
  local body = '{"clientId":"' .. uuid() .. '","type":"safety_hazard","severity":"general","sector":"hazardous_chemicals",'
    .. '"description":"压测：仓库内危险化学品堆放不规范","gridCode":"' .. grid .. '","source":"grid_worker"}'
  return wrk.format("POST", "/api/v1/cases", { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token }, body)
end

local non201 = 0
function response(status, headers, body)
  if status ~= 201 then non201 = non201 + 1 end
end
