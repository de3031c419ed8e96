-- Integer arithmetic in a counted loop.
local total = 0
local x = 1
for i = 1, 2000000 do
  x = (x * 31 + i) % 1000003
  total = total + x % 7 - 3
end
print(total, x)
