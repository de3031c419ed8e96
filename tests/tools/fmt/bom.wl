// UTF-8 with a BOM: the BOM stays
si vrai alors
info("été")
fin
