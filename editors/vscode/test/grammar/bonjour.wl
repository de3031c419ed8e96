// SYNTAX TEST "source.wlanguage" "samples/bonjour.wl: keywords, strings, comments and numbers"
// Generated from the sample by wlang's lexer (see src/tools/lsp/textmate.rs): do not edit.
// Premier programme : afficher du texte avec Info et Trace, commenter son code.
// <-------------------------------------------------------------------------------- comment.line.double-slash.wlanguage
// Info affiche chaque paramètre sur sa propre ligne ; Trace écrit une seule ligne
// <---------------------------------------------------------------------------------- comment.line.double-slash.wlanguage
// où les paramètres sont séparés par des virgules.
// <--------------------------------------------------- comment.line.double-slash.wlanguage
Trace("WLanguage", 2026, Vrai)
//    ^^^^^^^^^^^ string.quoted.double.wlanguage
//                 ^^^^ constant.numeric.wlanguage
//                       ^^^^ constant.language.wlanguage
sPrénom est une chaîne = "Camille"
//      ^^^^^^^ keyword.other.wlanguage
//                       ^^^^^^^^^ string.quoted.double.wlanguage
Info("Bonjour " + sPrénom + " !")   // concaténation avec +
//   ^^^^^^^^^^ string.quoted.double.wlanguage
//                          ^^^^ string.quoted.double.wlanguage
//                                  ^^^^^^^^^^^^^^^^^^^^^^^ comment.line.double-slash.wlanguage
