// Help: Le type Variant (1514019, https://help.windev.com/?1514019)
// Note: The page's sentence is cut after 'True is retu[rned]'; the comment says the test returns True.
// The page: an unassigned variant and a value cannot be compared, True is returned.
vVal est un Variant
vVal = Null
Trace(vVal = 0)
