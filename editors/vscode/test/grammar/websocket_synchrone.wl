// SYNTAX TEST "source.wlanguage" "samples/websocket_synchrone.wl: keywords, strings, comments and numbers"
// Generated from the sample by wlang's lexer (see src/tools/lsp/textmate.rs): do not edit.
// wl: echo
// <----------- comment.line.double-slash.wlanguage
// Client WebSocket SYNCHRONE (ws://) : WebSocketClientConnecte renvoie Vrai une fois la
// <---------------------------------------------------------------------------------------- comment.line.double-slash.wlanguage
// connexion établie, SocketEcrit envoie un message texte, SocketLit(..., Vrai) attend la
// <----------------------------------------------------------------------------------------- comment.line.double-slash.wlanguage
SI WebSocketClientConnecte("wbsocket", "monserveur.com", 80, "/WW_WebsocketServeur") ALORS
// <-- keyword.control.wlanguage
//                         ^^^^^^^^^^ string.quoted.double.wlanguage
//                                     ^^^^^^^^^^^^^^^^ string.quoted.double.wlanguage
//                                                       ^^ constant.numeric.wlanguage
//                                                           ^^^^^^^^^^^^^^^^^^^^^^ string.quoted.double.wlanguage
//                                                                                   ^^^^^ keyword.control.wlanguage
	SI SocketEcrit("wbsocket", "Bonjour le monde !") ALORS
// <~-- keyword.control.wlanguage
//              ^^^^^^^^^^ string.quoted.double.wlanguage
//                          ^^^^^^^^^^^^^^^^^^^^ string.quoted.double.wlanguage
//                                                ^^^^^ keyword.control.wlanguage
		sMsg est une chaîne = SocketLit("wbsocket", Vrai)
//     ^^^^^^^ keyword.other.wlanguage
//                                ^^^^^^^^^^ string.quoted.double.wlanguage
//                                            ^^^^ constant.language.wlanguage
