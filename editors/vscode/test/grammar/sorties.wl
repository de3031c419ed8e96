// SYNTAX TEST "source.wlanguage" "samples/sorties.wl: keywords, strings, comments and numbers"
// Generated from the sample by wlang's lexer (see src/tools/lsp/textmate.rs): do not edit.
// Où va l'affichage / where output goes : dans une application console, Info, Trace et
// <--------------------------------------------------------------------------------------- comment.line.double-slash.wlanguage
// ToastAffiche écrivent sur la sortie standard ; Erreur et Avertissement (Error, Warning)
// <------------------------------------------------------------------------------------------ comment.line.double-slash.wlanguage
// écrivent sur la sortie d'erreur. Le programme se termine normalement (code 0).
// <--------------------------------------------------------------------------------- comment.line.double-slash.wlanguage
Info("Info : un paramètre par ligne", 42)
//   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ string.quoted.double.wlanguage
//                                    ^^ constant.numeric.wlanguage
Trace("Trace", "une seule ligne", 3.5, Vrai)
//    ^^^^^^^ string.quoted.double.wlanguage
//             ^^^^^^^^^^^^^^^^^ string.quoted.double.wlanguage
//                                ^^^ constant.numeric.wlanguage
//                                     ^^^^ constant.language.wlanguage
ToastAffiche("Toast : le message seul")
//           ^^^^^^^^^^^^^^^^^^^^^^^^^ string.quoted.double.wlanguage
