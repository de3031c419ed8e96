// SYNTAX TEST "source.wlanguage" "samples/selon.wl: keywords, strings, comments and numbers"
// Generated from the sample by wlang's lexer (see src/tools/lsp/textmate.rs): do not edit.
POUR nMois = 1 A 12
// <---- keyword.control.wlanguage
//           ^ constant.numeric.wlanguage
//             ^ keyword.other.wlanguage
//               ^^ constant.numeric.wlanguage
		CAS 0: Trace(n, "zéro")
//^^^ keyword.control.wlanguage
//    ^ constant.numeric.wlanguage
//                ^^^^^^ string.quoted.double.wlanguage
		CAS 1, 2, 3: Trace(n, "un peu")
//^^^ keyword.control.wlanguage
//    ^ constant.numeric.wlanguage
//       ^ constant.numeric.wlanguage
//          ^ constant.numeric.wlanguage
//                      ^^^^^^^^ string.quoted.double.wlanguage
	CAS 12, 1, 2 : RENVOYER "hiver"
// <~--- keyword.control.wlanguage
//   ^^ constant.numeric.wlanguage
//       ^ constant.numeric.wlanguage
//          ^ constant.numeric.wlanguage
//              ^^^^^^^^ keyword.control.wlanguage
//                       ^^^^^^^ string.quoted.double.wlanguage
	CAS 3 A 5 : RENVOYER "printemps"
// <~--- keyword.control.wlanguage
//   ^ constant.numeric.wlanguage
//     ^ keyword.other.wlanguage
//       ^ constant.numeric.wlanguage
//           ^^^^^^^^ keyword.control.wlanguage
//                    ^^^^^^^^^^^ string.quoted.double.wlanguage
	CAS 6 A 8 : RENVOYER "été"
// <~--- keyword.control.wlanguage
//   ^ constant.numeric.wlanguage
//     ^ keyword.other.wlanguage
//       ^ constant.numeric.wlanguage
//           ^^^^^^^^ keyword.control.wlanguage
//                    ^^^^^ string.quoted.double.wlanguage
