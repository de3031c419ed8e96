-- Associative arrays: counting words (2,000 distinct words among 300,000).
local counts = {}
local distinct = 0
local seed = 42
for i = 1, 300000 do
  seed = (seed * 1103515245 + 12345) % 2147483648
  local word = "mot" .. tostring(seed % 2000)
  local n = counts[word]
  if n == nil then
    distinct = distinct + 1
    n = 0
  end
  counts[word] = n + 1
end
print(distinct, counts["mot7"] or 0, counts["mot1999"] or 0)
