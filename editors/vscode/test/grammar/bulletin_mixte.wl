// SYNTAX TEST "source.wlanguage" "samples/bulletin_mixte.wl: keywords, strings, comments and numbers"
// Generated from the sample by wlang's lexer (see src/tools/lsp/textmate.rs): do not edit.
sDonnées is string = "Alice;15;17;12" + RC + "Bruno;9;11.5;8" + RC + "Chloé;13;14;16"
//       ^^ keyword.other.wlanguage
//                   ^^^^^^^^^^^^^^^^ string.quoted.double.wlanguage
//                                           ^^^^^^^^^^^^^^^^ string.quoted.double.wlanguage
//                                                                   ^^^^^^^^^^^^^^^^ string.quoted.double.wlanguage
	sNom est une chaîne = ExtraitChaîne(sLigne, 1, ";")
//    ^^^^^^^ keyword.other.wlanguage
//                                           ^ constant.numeric.wlanguage
//                                              ^^^ string.quoted.double.wlanguage
Info(Complète("Élève", 8) + Complète("Moyenne", 9) + "Appréciation")
//            ^^^^^^^ string.quoted.double.wlanguage
//                     ^ constant.numeric.wlanguage
//                                   ^^^^^^^^^ string.quoted.double.wlanguage
//                                              ^ constant.numeric.wlanguage
//                                                   ^^^^^^^^^^^^^^ string.quoted.double.wlanguage
Info(Répète("-", 30))
//          ^^^ string.quoted.double.wlanguage
//               ^^ constant.numeric.wlanguage
	CAS >= 14 : RESULT "très bien"
// <~--- keyword.control.wlanguage
//      ^^ constant.numeric.wlanguage
//           ^^^^^^ keyword.control.wlanguage
//                  ^^^^^^^^^^^ string.quoted.double.wlanguage
	CAS >= 10 : RESULT "bien"
// <~--- keyword.control.wlanguage
//      ^^ constant.numeric.wlanguage
//           ^^^^^^ keyword.control.wlanguage
//                  ^^^^^^ string.quoted.double.wlanguage
