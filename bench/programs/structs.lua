-- Structure member access: an array of points, moved and summed member by member.
local t = {}
for i = 1, 1000 do
  t[i] = { x = i, y = 2 * i }
end
local somme = 0
for tour = 1, 1000 do
  for i = 1, 1000 do
    t[i].x = (t[i].x + t[i].y) % 1000
    somme = somme + t[i].x
  end
end
print(somme)
