// Help: Le type Variant (1514019, https://help.windev.com/?1514019)
// For a numeric type, NULL means "equal to 0".
nVal est un entier
Trace(nVal = Null)
nVal = 5
Trace(nVal = Null)
