-- String building (append in a loop) and slicing. Lua strings are immutable and `s = s .. x`
-- copies the whole string each time, so the idiomatic buffer (table.concat) builds it.
local parts = {}
for i = 1, 1000000 do
  parts[#parts + 1] = tostring(i % 7)
end
local s = table.concat(parts)
local total = 0
local n = #s
local i = 1
while i <= n - 2 do
  total = total + tonumber(string.sub(s, i, i + 2))
  i = i + 3
end
print(n, total)
