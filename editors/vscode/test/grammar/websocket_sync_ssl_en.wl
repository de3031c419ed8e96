// SYNTAX TEST "source.wlanguage" "samples/websocket_sync_ssl_en.wl: keywords, strings, comments and numbers"
// Generated from the sample by wlang's lexer (see src/tools/lsp/textmate.rs): do not edit.
IF WebSocketClientConnectSSL("echo", "echo.websocket.org") THEN
// <-- keyword.control.wlanguage
//                           ^^^^^^ string.quoted.double.wlanguage
//                                   ^^^^^^^^^^^^^^^^^^^^ string.quoted.double.wlanguage
//                                                         ^^^^ keyword.control.wlanguage
	arrWords is array of strings = ["alpha", "beta", "gamma"]
//        ^^ keyword.other.wlanguage
//                 ^^ keyword.other.wlanguage
//                               ^^^^^^^ string.quoted.double.wlanguage
//                                        ^^^^^^ string.quoted.double.wlanguage
//                                                ^^^^^^^ string.quoted.double.wlanguage
		IF NOT SocketWrite("echo", sWord) THEN Error(ErrorInfo())
//^^ keyword.control.wlanguage
//   ^^^ keyword.operator.logical.wlanguage
//                   ^^^^^^ string.quoted.double.wlanguage
//                                  ^^^^ keyword.control.wlanguage
	FOR i = 1 TO ArrayCount(arrWords)
// <~--- keyword.control.wlanguage
//       ^ constant.numeric.wlanguage
//         ^^ keyword.other.wlanguage
		sReply is string = SocketRead("echo", True)
//       ^^ keyword.other.wlanguage
//                              ^^^^^^ string.quoted.double.wlanguage
//                                      ^^^^ constant.language.wlanguage
	sNothing is string = SocketRead("echo", False, 100)
//        ^^ keyword.other.wlanguage
//                               ^^^^^^ string.quoted.double.wlanguage
//                                       ^^^^^ constant.language.wlanguage
//                                              ^^^ constant.numeric.wlanguage
