// Help: Le type Variant (1514019, https://help.windev.com/?1514019)
vVal est un Variant
Trace(vVal = Null)
vVal = 0
Trace(vVal = Null)
vVal = 5
Trace(vVal = Null)
