// SYNTAX TEST "source.wlanguage" "samples/strings_en.wl: keywords, strings, comments and numbers"
// Generated from the sample by wlang's lexer (see src/tools/lsp/textmate.rs): do not edit.
sData is string = "alice=12, bob=7, charlotte=15"
//    ^^ keyword.other.wlanguage
//                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ string.quoted.double.wlanguage
sHeader is string = StringBuild("%1 players", 3)
//      ^^ keyword.other.wlanguage
//                              ^^^^^^^^^^^^ string.quoted.double.wlanguage
//                                            ^ constant.numeric.wlanguage
Info(RepeatString("=", 20))
//                ^^^ string.quoted.double.wlanguage
//                     ^^ constant.numeric.wlanguage
FOR EACH STRING sPair OF sData SEPARATED BY ","
// <--------------- keyword.control.wlanguage
//                    ^^ keyword.other.wlanguage
//                             ^^^^^^^^^^^^ keyword.other.wlanguage
//                                          ^^^ string.quoted.double.wlanguage
	nEq is int = Position(sPair, "=")
//   ^^ keyword.other.wlanguage
//                            ^^^ string.quoted.double.wlanguage
	sName is string = Left(sPair, nEq - 1)
//     ^^ keyword.other.wlanguage
//                                   ^ constant.numeric.wlanguage
