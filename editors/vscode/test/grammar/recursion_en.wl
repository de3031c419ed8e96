// SYNTAX TEST "source.wlanguage" "samples/recursion_en.wl: keywords, strings, comments and numbers"
// Generated from the sample by wlang's lexer (see src/tools/lsp/textmate.rs): do not edit.
FOR n = 0 TO 10 STEP 5
// <--- keyword.control.wlanguage
//      ^ constant.numeric.wlanguage
//        ^^ keyword.other.wlanguage
//           ^^ constant.numeric.wlanguage
//              ^^^^ keyword.other.wlanguage
//                   ^ constant.numeric.wlanguage
sFibo is string = "Fibonacci:"
//    ^^ keyword.other.wlanguage
//                ^^^^^^^^^^^^ string.quoted.double.wlanguage
FOR i = 1 TO 12
// <--- keyword.control.wlanguage
//      ^ constant.numeric.wlanguage
//        ^^ keyword.other.wlanguage
//           ^^ constant.numeric.wlanguage
Trace("gcd(84, 36) =", GCD(84, 36))
//    ^^^^^^^^^^^^^^^ string.quoted.double.wlanguage
//                         ^^ constant.numeric.wlanguage
//                             ^^ constant.numeric.wlanguage
Hanoi(3, "A", "C", "B")
//    ^ constant.numeric.wlanguage
//       ^^^ string.quoted.double.wlanguage
//            ^^^ string.quoted.double.wlanguage
//                 ^^^ string.quoted.double.wlanguage
PROCEDURE Factorial(n is int) : int
// <--------- storage.type.function.wlanguage
//                    ^^ keyword.other.wlanguage
