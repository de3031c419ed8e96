// SYNTAX TEST "source.wlanguage" "samples/fizzbuzz_en.wl: keywords, strings, comments and numbers"
// Generated from the sample by wlang's lexer (see src/tools/lsp/textmate.rs): do not edit.
FOR i = 1 TO 20
// <--- keyword.control.wlanguage
//      ^ constant.numeric.wlanguage
//        ^^ keyword.other.wlanguage
//           ^^ constant.numeric.wlanguage
PROCEDURE FizzBuzz(n is int) : string
// <--------- storage.type.function.wlanguage
//                   ^^ keyword.other.wlanguage
IF n % 15 = 0 THEN
// <-- keyword.control.wlanguage
//     ^^ constant.numeric.wlanguage
//          ^ constant.numeric.wlanguage
//            ^^^^ keyword.control.wlanguage
	RESULT "FizzBuzz"
// <~------ keyword.control.wlanguage
//      ^^^^^^^^^^ string.quoted.double.wlanguage
ELSE IF n % 3 = 0 THEN
// <------- keyword.control.wlanguage
//          ^ constant.numeric.wlanguage
//              ^ constant.numeric.wlanguage
//                ^^^^ keyword.control.wlanguage
	RESULT "Fizz"
// <~------ keyword.control.wlanguage
//      ^^^^^^ string.quoted.double.wlanguage
