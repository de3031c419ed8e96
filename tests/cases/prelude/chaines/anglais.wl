// The English names of the string prelude (the attribute <en = "..."> of each procedure).
Info(ExtractLine("a" + RC + "b", 2))
Info(ExtractStringBetween("(x)(y)", 2, "(", ")"))
Info(PositionOccurrence("banana", "a", 2))
Info(NoCharacter("**x**", "*"), NoLeftCharacter("**x**", "*"), NoRightCharacter("**x**", "*"))
Info(NoAccent("été"), CommonLength("abc", "abd"), Contains("abc", "b"))
Info(StringDeleteDuplicate("a,b,a", ","))
Info(LineToPosition("a" + RC + "b", 2), PositionToLine("a" + RC + "b", 4))
Info(IBANValid("GB82WEST12345698765432"))
