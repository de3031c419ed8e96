-- Procedure calls with by-reference parameters: WLanguage's callee updates the caller's
-- variables; here the procedures return the new values instead.
local function order(a, b)
  if a > b then
    local t = a
    a = b
    b = t
  end
  return a, b
end

local function accumulate(total, n)
  return (total + n * n) % 1000000007
end

local lo, hi, total = 0, 0, 0
for i = 1, 300000 do
  lo = i % 100
  hi = i % 37
  lo, hi = order(lo, hi)
  total = accumulate(total, hi - lo)
end
print(total)
