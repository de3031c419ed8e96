// SYNTAX TEST "source.wlanguage" "samples/dates_calculs.wl: keywords, strings, comments and numbers"
// Generated from the sample by wlang's lexer (see src/tools/lsp/textmate.rs): do not edit.
dFacture est une Date = "20240131"
//       ^^^^^^^ keyword.other.wlanguage
//                      ^^^^^^^^^^ string.quoted.double.wlanguage
Trace("échéance :", DateVersChaîne(dÉchéance), AnnéeBissextile(2024))
//    ^^^^^^^^^^^^ string.quoted.double.wlanguage
//                                                             ^^^^ constant.numeric.wlanguage
dRelance est une Date = dÉchéance + 15
//       ^^^^^^^ keyword.other.wlanguage
//                                  ^^ constant.numeric.wlanguage
dNaissance est une Date = "19900815"
//         ^^^^^^^ keyword.other.wlanguage
//                        ^^^^^^^^^^ string.quoted.double.wlanguage
dJour est une Date = "20240714"
//    ^^^^^^^ keyword.other.wlanguage
//                   ^^^^^^^^^^ string.quoted.double.wlanguage
hDébut est une Heure = "0930"
//     ^^^^^^^ keyword.other.wlanguage
//                     ^^^^^^ string.quoted.double.wlanguage
