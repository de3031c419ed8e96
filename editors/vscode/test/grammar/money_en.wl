// SYNTAX TEST "source.wlanguage" "samples/money_en.wl: keywords, strings, comments and numbers"
// Generated from the sample by wlang's lexer (see src/tools/lsp/textmate.rs): do not edit.
rTotal is real = 0
//     ^^ keyword.other.wlanguage
//               ^ constant.numeric.wlanguage
cyTotal is currency = 0
//      ^^ keyword.other.wlanguage
//                    ^ constant.numeric.wlanguage
FOR i = 1 _TO_ 10
// <--- keyword.control.wlanguage
//      ^ constant.numeric.wlanguage
//        ^^^^ keyword.other.wlanguage
//             ^^ constant.numeric.wlanguage
cyUnitPrice is currency = 19.99
//          ^^ keyword.other.wlanguage
//                        ^^^^^ constant.numeric.wlanguage
nQuantity is int = 3
//        ^^ keyword.other.wlanguage
//                 ^ constant.numeric.wlanguage
cyVAT is currency = Round(cyUnitPrice * nQuantity * 0.2, 2)
//    ^^ keyword.other.wlanguage
//                                                  ^^^ constant.numeric.wlanguage
//                                                       ^ constant.numeric.wlanguage
