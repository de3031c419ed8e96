// SYNTAX TEST "source.wlanguage" "samples/websocket_async_ssl_binaire.wl: keywords, strings, comments and numbers"
// Generated from the sample by wlang's lexer (see src/tools/lsp/textmate.rs): do not edit.
// wl: echo
// <----------- comment.line.double-slash.wlanguage
// ASYNCHRONOUS secure WebSocket client (wss://) sending binary data: SocketEcrit sends a
// <----------------------------------------------------------------------------------------- comment.line.double-slash.wlanguage
// buffer as a binary message (a string would go as a text message); the echo comes back
// <---------------------------------------------------------------------------------------- comment.line.double-slash.wlanguage
bufDonnées est un buffer = Caract(0) + Caract(1) + Caract(2) + "WL" + Caract(127)
//         ^^^^^^ keyword.other.wlanguage
//                                ^ constant.numeric.wlanguage
//                                            ^ constant.numeric.wlanguage
//                                                        ^ constant.numeric.wlanguage
//                                                             ^^^^ string.quoted.double.wlanguage
//                                                                           ^^^ constant.numeric.wlanguage
	"192.168.100.1", 443, "MonProjetServeurWebSocket")
// <~--------------- string.quoted.double.wlanguage
//                ^^^ constant.numeric.wlanguage
//                     ^^^^^^^^^^^^^^^^^^^^^^^^^^^ string.quoted.double.wlanguage
				POUR i = 1 A Taille(bufReçu)
//  ^^^^ keyword.control.wlanguage
//           ^ constant.numeric.wlanguage
//             ^ keyword.other.wlanguage
