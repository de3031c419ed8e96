// SYNTAX TEST "source.wlanguage" "samples/types_en.wl: keywords, strings, comments and numbers"
// Generated from the sample by wlang's lexer (see src/tools/lsp/textmate.rs): do not edit.
nCount is int = 3
//     ^^ keyword.other.wlanguage
//              ^ constant.numeric.wlanguage
rRate is real = 0.25
//    ^^ keyword.other.wlanguage
//              ^^^^ constant.numeric.wlanguage
sCity is string = "Lyon"
//    ^^ keyword.other.wlanguage
//                ^^^^^^ string.quoted.double.wlanguage
bReady is boolean = False
//     ^^ keyword.other.wlanguage
//                  ^^^^^ constant.language.wlanguage
vAnything is variant = 3.5
//        ^^ keyword.other.wlanguage
//                     ^^^ constant.numeric.wlanguage
x, y are real = 1.5
//   ^^^ keyword.other.wlanguage
//              ^^^ constant.numeric.wlanguage
