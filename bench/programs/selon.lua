-- SELON dispatch: values, lists, ranges, comparisons, default.
local a, b, c, d, e = 0, 0, 0, 0, 0
for i = 1, 1000000 do
  local k = i % 13
  if k == 0 then
    a = a + 1
  elseif k == 1 or k == 2 then
    b = b + i % 3
  elseif k >= 3 and k <= 6 then
    c = c + 2
  elseif k > 10 then
    d = d + 1
  else
    e = e + 1
  end
end
print(a, b, c, d, e)
