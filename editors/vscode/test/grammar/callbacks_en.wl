// SYNTAX TEST "source.wlanguage" "samples/callbacks_en.wl: keywords, strings, comments and numbers"
// Generated from the sample by wlang's lexer (see src/tools/lsp/textmate.rs): do not edit.
arrNumbers is array of int = [3, 8, 1, 6]
//         ^^ keyword.other.wlanguage
//                  ^^ keyword.other.wlanguage
//                            ^ constant.numeric.wlanguage
//                               ^ constant.numeric.wlanguage
//                                  ^ constant.numeric.wlanguage
//                                     ^ constant.numeric.wlanguage
Trace("through a variable:", pOperation(9))
//    ^^^^^^^^^^^^^^^^^^^^^ string.quoted.double.wlanguage
//                                      ^ constant.numeric.wlanguage
nOffset is int = 100
//      ^^ keyword.other.wlanguage
//               ^^^ constant.numeric.wlanguage
PROCEDURE Map(arrIn is array of int, pTransform)
// <--------- storage.type.function.wlanguage
//                  ^^ keyword.other.wlanguage
//                           ^^ keyword.other.wlanguage
FOR i = 1 TO ArrayCount(arr)
// <--- keyword.control.wlanguage
//      ^ constant.numeric.wlanguage
//        ^^ keyword.other.wlanguage
	IF i > 1 THEN sText += ", "
// <~-- keyword.control.wlanguage
//      ^ constant.numeric.wlanguage
//        ^^^^ keyword.control.wlanguage
//                      ^^^^ string.quoted.double.wlanguage
