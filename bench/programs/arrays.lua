-- Arrays: 1,000,000 integers added, then read by index and iterated.
local t = {}
for i = 1, 1000000 do
  t[#t + 1] = i % 1000
end
local total = 0
for i = 1, #t do
  total = total + t[i]
end
local biggest = 0
for _, n in ipairs(t) do
  if n > biggest then biggest = n end
end
print(#t, total, biggest)
