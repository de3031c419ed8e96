// String types with a charset and a size: `chaîne UNICODE`, `ANSI`, `ASCIIZ sur N`, `fixe sur N`;
// English `UNICODE string`, `string on N`.
s1 est une chaîne UNICODE = "été"
s2 est une chaîne ANSI sur 10 = "abc"
s3 est une chaîne ASCIIZ sur 20
s3 = "zéro terminal"
s4 est une chaîne fixe sur 5 = "fixe"
s5 is UNICODE string = "en"
s6 is string on 8 = "eight"
Trace(s1, s2, s3, s4, s5, s6)
