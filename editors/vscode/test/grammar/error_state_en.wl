// SYNTAX TEST "source.wlanguage" "samples/error_state_en.wl: keywords, strings, comments and numbers"
// Generated from the sample by wlang's lexer (see src/tools/lsp/textmate.rs): do not edit.
// Non-fatal errors: a function that fails returns False (or "") and the script goes on;
// <---------------------------------------------------------------------------------------- comment.line.double-slash.wlanguage
// ErrorOccurred tells whether the last function call failed and ErrorInfo() says why.
// <-------------------------------------------------------------------------------------- comment.line.double-slash.wlanguage
IF NOT SocketWrite("printer", "hello") THEN
// <-- keyword.control.wlanguage
// ^^^ keyword.operator.logical.wlanguage
//                 ^^^^^^^^^ string.quoted.double.wlanguage
//                            ^^^^^^^ string.quoted.double.wlanguage
//                                     ^^^^ keyword.control.wlanguage
bFailed is boolean = SocketClose("printer") = False
//      ^^ keyword.other.wlanguage
//                               ^^^^^^^^^ string.quoted.double.wlanguage
//                                            ^^^^^ constant.language.wlanguage
n is int = Length("abc")
//^^ keyword.other.wlanguage
//                ^^^^^ string.quoted.double.wlanguage
sReply is string = SocketLit("printer", Faux, 10)
//     ^^ keyword.other.wlanguage
//                           ^^^^^^^^^ string.quoted.double.wlanguage
//                                      ^^^^ constant.language.wlanguage
//                                            ^^ constant.numeric.wlanguage
