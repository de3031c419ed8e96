// SYNTAX TEST "source.wlanguage" "samples/loops_en.wl: keywords, strings, comments and numbers"
// Generated from the sample by wlang's lexer (see src/tools/lsp/textmate.rs): do not edit.
arrPrices is array of real = [4.5, 12, 7.25]
//        ^^ keyword.other.wlanguage
//                 ^^ keyword.other.wlanguage
//                            ^^^ constant.numeric.wlanguage
//                                 ^^ constant.numeric.wlanguage
//                                     ^^^^ constant.numeric.wlanguage
FOR EACH STRING sWord OF "the quick brown fox" SEPARATED BY " "
// <--------------- keyword.control.wlanguage
//                    ^^ keyword.other.wlanguage
//                       ^^^^^^^^^^^^^^^^^^^^^ string.quoted.double.wlanguage
//                                             ^^^^^^^^^^^^ keyword.other.wlanguage
//                                                          ^^^ string.quoted.double.wlanguage
rValue is real = 10
//     ^^ keyword.other.wlanguage
//               ^^ constant.numeric.wlanguage
nSteps is int = 0
//     ^^ keyword.other.wlanguage
//              ^ constant.numeric.wlanguage
WHILE rValue >= 1
// <----- keyword.control.wlanguage
//              ^ constant.numeric.wlanguage
	IF n % 3 = 0 THEN CONTINUE   // skip the multiples of 3
// <~-- keyword.control.wlanguage
//      ^ constant.numeric.wlanguage
//          ^ constant.numeric.wlanguage
//            ^^^^ keyword.control.wlanguage
//                 ^^^^^^^^ keyword.control.wlanguage
//                            ^^^^^^^^^^^^^^^^^^^^^^^^^^ comment.line.double-slash.wlanguage
