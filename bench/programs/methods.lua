-- Method calls on objects: a counter object updated through its methods.
local Compteur = {}
Compteur.__index = Compteur

function Compteur.new()
  return setmetatable({ total = 0, appels = 0 }, Compteur)
end

function Compteur:ajoute(k)
  self.total = self.total + k
  self.appels = self.appels + 1
end

function Compteur:get_total() return self.total end
function Compteur:get_appels() return self.appels end

local c = Compteur.new()
for i = 1, 1000000 do
  c:ajoute(i % 7)
end
print(c:get_total(), c:get_appels())
