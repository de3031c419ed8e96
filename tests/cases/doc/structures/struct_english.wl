// Help: Structure (Type de variable) (1514008, https://help.windev.com/?1514008)
ProductRef is Structure
	SupCode is int
	ProdCode is string
END
Armchair is ProductRef
Armchair.SupCode = 7
Armchair.ProdCode = "Furniture"
Trace(Armchair.SupCode)
Trace(Armchair.ProdCode)
