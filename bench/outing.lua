-- wrk script: every request records a new outing (a fresh clientId) as one 检查人员 with a bearer token: 5 visits to
-- enterprises within its reach, each answering all 20 items of its sector's checklist, about 1 answer in 20 failed
-- (each failure a 安全生产隐患 case written in the outing's transaction).
-- TOKEN, DAY and OUTING_DATA come from the environment (set by bench/inspections.sh); OUTING_DATA is a Lua file that
-- defines inspectors = {id, id}, enterprises = {{id, checklist}, ...} and items = {checklist = {code, ...}}.
local token = os.getenv("TOKEN")
local day = os.getenv("DAY")
dofile(os.getenv("OUTING_DATA"))
local counter = 0
local visits_per_outing = 5
local fail_one_in = 20

local function uuid()
  counter = counter + 1
  return string.format("%08x-%04x-4%03x-a%03x-%012x", math.random(0, 0x7fffffff), math.random(0, 0xffff),
    math.random(0, 0xfff), math.random(0, 0xfff), counter * 65536 + math.random(0, 0xffff))
end

function init(args)
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
end

local inspector_ids = table.concat(inspectors, ",")

local function visit(enterprise)
  local answers = {}
  for k, item in ipairs(items[enterprise[2]]) do
    if math.random(fail_one_in) == 1 then
      answers[k] = '{"item":"' .. item .. '","result":"fail","note":"压测：现场发现该项不符合要求，已责令整改"}'
    elseif k % 7 == 0 then
      answers[k] = '{"item":"' .. item .. '","result":"na"}'
    else
      answers[k] = '{"item":"' .. item .. '","result":"pass"}'
    end
  end
  return '{"enterpriseId":' .. enterprise[1] .. ',"checklist":"' .. enterprise[2] .. '","answers":[' .. table.concat(answers, ",") .. ']}'
end

function request()
  local visits = {}
  for i = 1, visits_per_outing do
    visits[i] = visit(enterprises[math.random(#enterprises)])
  end
  local body = '{"clientId":"' .. uuid() .. '","date":"' .. day .. '","group":"基准检查组","inspectorIds":[' .. inspector_ids
    .. '],"visits":[' .. table.concat(visits, ",") .. ']}'
  return wrk.format("POST", "/api/v1/inspections", { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token }, body)
end

-- globals, read by done() through thread:get: the refusals of each thread and the first of them
non201 = 0
refused = nil
function response(status, headers, body)
  if status ~= 201 then
    non201 = non201 + 1
    if refused == nil then refused = status .. " " .. string.sub(body, 1, 400) end
  end
end

local threads = {}
function setup(thread)
  table.insert(threads, thread)
end

function done(summary, latency, requests)
  for _, t in ipairs(threads) do
    local n = t:get("non201")
    if n and n > 0 then
      io.write(string.format("refused outings in a thread: %d, the first: %s\n", n, tostring(t:get("refused"))))
    end
  end
end
