-- String builtins: Position, Remplace and ExtraitChaîne on a line of fields, many times.
-- (Lua counts bytes: "prénom=Jean" is 12 bytes but 11 characters, so the field lengths are
-- taken with utf8.len.)
local ligne = "nom=Dupont;prénom=Jean;ville=Montpellier;code=34000;pays=France"
local total = 0
for i = 1, 200000 do
  total = total + utf8.len(string.sub(ligne, 1, (string.find(ligne, "ville=", 1, true))))
  local s = string.gsub(ligne, ";", ",")
  local n = 1 + i % 5
  local k = 0
  for field in string.gmatch(s, "[^,]+") do
    k = k + 1
    if k == n then
      total = total + utf8.len(field)
      break
    end
  end
end
print(total)
