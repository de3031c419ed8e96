-- A JSON round trip: 1,000 records written as JSON and read back, 200 times. Lua has no JSON
-- library: a small encoder (records written in the field order a WLanguage structure declares)
-- and a recursive-descent decoder.
local FIELDS = { "nId", "sNom", "nQte", "bStock" }

local function encode_string(s, out)
  out[#out + 1] = '"' .. s:gsub('[%c"\\]', function(c)
    if c == '"' or c == "\\" then return "\\" .. c end
    return string.format("\\u%04x", c:byte())
  end) .. '"'
end

local function encode(v, out)
  local kind = type(v)
  if kind == "table" and v[1] ~= nil then
    out[#out + 1] = "["
    for k = 1, #v do
      if k > 1 then out[#out + 1] = "," end
      encode(v[k], out)
    end
    out[#out + 1] = "]"
  elseif kind == "table" then
    out[#out + 1] = "{"
    for k, name in ipairs(FIELDS) do
      if k > 1 then out[#out + 1] = "," end
      encode_string(name, out)
      out[#out + 1] = ":"
      encode(v[name], out)
    end
    out[#out + 1] = "}"
  elseif kind == "string" then
    encode_string(v, out)
  else
    out[#out + 1] = tostring(v)
  end
end

local function skip(s, i)
  return s:find("[^ \t\r\n]", i) or #s + 1
end

local ESCAPES = { b = "\b", f = "\f", n = "\n", r = "\r", t = "\t" }

local function parse_string(s, i)
  local out, j = {}, i + 1
  while true do
    local c = s:sub(j, j)
    if c == '"' then
      return table.concat(out), j + 1
    elseif c == "\\" then
      local e = s:sub(j + 1, j + 1)
      if e == "u" then
        out[#out + 1] = utf8.char(tonumber(s:sub(j + 2, j + 5), 16))
        j = j + 6
      else
        out[#out + 1] = ESCAPES[e] or e
        j = j + 2
      end
    else
      local k = s:find('["\\]', j)
      out[#out + 1] = s:sub(j, k - 1)
      j = k
    end
  end
end

local parse

local function parse_list(s, i, close, item)
  i = skip(s, i)
  if s:sub(i, i) == close then return i + 1 end
  while true do
    i = skip(s, item(s, i))
    local d = s:sub(i, i)
    i = i + 1
    if d == close then return i end
  end
end

parse = function(s, i)
  i = skip(s, i)
  local c = s:sub(i, i)
  if c == "{" then
    local obj = {}
    i = parse_list(s, i + 1, "}", function(s, j)
      local key
      key, j = parse_string(s, skip(s, j))
      obj[key], j = parse(s, skip(s, j) + 1)
      return j
    end)
    return obj, i
  elseif c == "[" then
    local list = {}
    i = parse_list(s, i + 1, "]", function(s, j)
      local v
      v, j = parse(s, j)
      list[#list + 1] = v
      return j
    end)
    return list, i
  elseif c == '"' then
    return parse_string(s, i)
  elseif s:sub(i, i + 3) == "true" then
    return true, i + 4
  elseif s:sub(i, i + 4) == "false" then
    return false, i + 5
  elseif s:sub(i, i + 3) == "null" then
    return nil, i + 4
  end
  local num = s:match("^-?%d+%.?%d*[eE]?[-+]?%d*", i)
  return math.tointeger(tonumber(num)) or tonumber(num), i + #num
end

local t = {}
for i = 1, 1000 do
  t[i] = { nId = i, sNom = "article " .. i, nQte = i % 17, bStock = i % 3 == 0 }
end
local total, taille = 0, 0
for tour = 1, 200 do
  local out = {}
  encode(t, out)
  local s = table.concat(out)
  taille = #s
  local t2 = parse(s, 1)
  total = total + t2[tour].nQte + #t2
  if t2[tour * 5].bStock then total = total + 1 end
end
print(taille, total)
