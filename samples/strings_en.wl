// String handling with the English function names: a small formatter that turns a list
// of "name=score" pairs into an aligned report.

sData is string = "alice=12, bob=7, charlotte=15"
sHeader is string = StringBuild("%1 players", 3)
Info(Upper(sHeader))
Info(RepeatString("=", 20))

FOR EACH STRING sPair OF sData SEPARATED BY ","
	sPair = NoSpace(sPair)
	nEq is int = Position(sPair, "=")
	sName is string = Left(sPair, nEq - 1)
	nScore is int = Val(Middle(sPair, nEq + 1))
	// Capitalise: first letter upper case, the rest as is.
	sName = Upper(sName[[1]]) + sName[[2 TO]]
	Info(Complete(sName, 12, ".") + NumToString(nScore, "3d"))
END

Info(RepeatString("=", 20))
Trace(Length(sData), Right(sData, 2), ExtractString(sData, 2, ", "))
Trace(Replace(sData, ", ", " | "))
Trace(Lower("ABC"), Charact(97), Asc("z"))
