// SYNTAX TEST "source.wlanguage" "samples/websocket_asynchrone.wl: keywords, strings, comments and numbers"
// Generated from the sample by wlang's lexer (see src/tools/lsp/textmate.rs): do not edit.
// wl: echo
// <----------- comment.line.double-slash.wlanguage
// Client WebSocket ASYNCHRONE (ws://) : WebSocketClientConnecte reçoit une procédure
// <------------------------------------------------------------------------------------- comment.line.double-slash.wlanguage
// appelée à chaque événement (ouverture, message, fermeture, erreur). Le programme
// <----------------------------------------------------------------------------------- comment.line.double-slash.wlanguage
// principal continue aussitôt ; les événements arrivent ensuite, un par un.
// <---------------------------------------------------------------------------- comment.line.double-slash.wlanguage
	"192.168.100.1", 80, "MonProjetServeurWebSocket")
// <~--------------- string.quoted.double.wlanguage
//                ^^ constant.numeric.wlanguage
//                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^ string.quoted.double.wlanguage
			SI nReçus = 2 ALORS
// ^^ keyword.control.wlanguage
//             ^ constant.numeric.wlanguage
//               ^^^^^ keyword.control.wlanguage
