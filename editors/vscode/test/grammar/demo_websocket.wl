// SYNTAX TEST "source.wlanguage" "samples/demo_websocket.wl: keywords, strings, comments and numbers"
// Generated from the sample by wlang's lexer (see src/tools/lsp/textmate.rs): do not edit.
// wl: echo
// <----------- comment.line.double-slash.wlanguage
SI WebSocketClientConnecteSSL("sync", "echo.websocket.org") ALORS
// <-- keyword.control.wlanguage
//                            ^^^^^^ string.quoted.double.wlanguage
//                                    ^^^^^^^^^^^^^^^^^^^^ string.quoted.double.wlanguage
//                                                          ^^^^^ keyword.control.wlanguage
	POUR i = 1 A 3
// <~---- keyword.control.wlanguage
//        ^ constant.numeric.wlanguage
//          ^ keyword.other.wlanguage
//            ^ constant.numeric.wlanguage
		Trace("sync <- " + SocketLit("sync", Vrai))
//      ^^^^^^^^^^ string.quoted.double.wlanguage
//                             ^^^^^^ string.quoted.double.wlanguage
//                                     ^^^^ constant.language.wlanguage
WebSocketClientConnect("async", OnEvent, "monserveur.com", 80, "chat")
//                     ^^^^^^^ string.quoted.double.wlanguage
//                                       ^^^^^^^^^^^^^^^^ string.quoted.double.wlanguage
//                                                         ^^ constant.numeric.wlanguage
//                                                             ^^^^^^ string.quoted.double.wlanguage
			IF nRecus = 2 THEN SocketClose("async")
// ^^ keyword.control.wlanguage
//             ^ constant.numeric.wlanguage
//               ^^^^ keyword.control.wlanguage
//                                ^^^^^^^ string.quoted.double.wlanguage
