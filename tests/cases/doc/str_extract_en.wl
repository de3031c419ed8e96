// Help: Opérateurs sur les chaînes de caractères / Operators on character strings (1512001, https://help.windev.com/?1512001)
Text is string = "San Francisco"
Trace(Text[[5]])
Trace(Text[[5 TO 10]])
Trace(Text[[5 TO]])
Trace(Text[[TO 10]])
Trace(Text[[10 ON 4]])
Trace(Text + " and New York")
IF Text [= "San" THEN Trace(Text)
