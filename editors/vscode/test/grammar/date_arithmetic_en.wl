// SYNTAX TEST "source.wlanguage" "samples/date_arithmetic_en.wl: keywords, strings, comments and numbers"
// Generated from the sample by wlang's lexer (see src/tools/lsp/textmate.rs): do not edit.
dInvoice is Date = "20240131"
//       ^^ keyword.other.wlanguage
//                 ^^^^^^^^^^ string.quoted.double.wlanguage
Trace("due:", DateToString(dDue), LeapYear(2024))
//    ^^^^^^ string.quoted.double.wlanguage
//                                         ^^^^ constant.numeric.wlanguage
dReminder is Date = dDue + 15
//        ^^ keyword.other.wlanguage
//                         ^^ constant.numeric.wlanguage
arrDays is array of strings = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
//      ^^ keyword.other.wlanguage
//               ^^ keyword.other.wlanguage
//                             ^^^^^^^^ string.quoted.double.wlanguage
//                                       ^^^^^^^^^ string.quoted.double.wlanguage
//                                                  ^^^^^^^^^^^ string.quoted.double.wlanguage
//                                                               ^^^^^^^^^^ string.quoted.double.wlanguage
//                                                                           ^^^^^^^^ string.quoted.double.wlanguage
//                                                                                     ^^^^^^^^^^ string.quoted.double.wlanguage
//                                                                                                 ^^^^^^^^ string.quoted.double.wlanguage
dBirth is Date = "19900815"
//     ^^ keyword.other.wlanguage
//               ^^^^^^^^^^ string.quoted.double.wlanguage
dToday is Date = "20240704"
//     ^^ keyword.other.wlanguage
//               ^^^^^^^^^^ string.quoted.double.wlanguage
