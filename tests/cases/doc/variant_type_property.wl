// Help: Le type Variant (1514019, https://help.windev.com/?1514019)
// Unsure: section 'Type d'un variant' cut; ..Type and the wlEntier/wlChaîne constants are from memory.
v est un Variant = 10
Trace(v..Type = wlEntier)
v = "x"
Trace(v..Type = wlChaîne)
