// SYNTAX TEST "source.wlanguage" "samples/tableaux.wl: keywords, strings, comments and numbers"
// Generated from the sample by wlang's lexer (see src/tools/lsp/textmate.rs): do not edit.
tabNotes est un tableau de réels = [12, 15.5, 9, 17]
//       ^^^^^^ keyword.other.wlanguage
//                      ^^ keyword.other.wlanguage
//                                  ^^ constant.numeric.wlanguage
//                                      ^^^^ constant.numeric.wlanguage
//                                            ^ constant.numeric.wlanguage
//                                               ^^ constant.numeric.wlanguage
Trace("première :", tabNotes[1], "dernière :", tabNotes[TableauOccurrence(tabNotes)])
//    ^^^^^^^^^^^^ string.quoted.double.wlanguage
//                           ^ constant.numeric.wlanguage
//                               ^^^^^^^^^^^^ string.quoted.double.wlanguage
Trace("après ajout :", TableauOccurrence(tabNotes), tabNotes[5])
//    ^^^^^^^^^^^^^^^ string.quoted.double.wlanguage
//                                                           ^ constant.numeric.wlanguage
tabCarrés est un tableau de 5 entiers
//        ^^^^^^ keyword.other.wlanguage
//                       ^^ keyword.other.wlanguage
//                          ^ constant.numeric.wlanguage
POUR i = 1 A 5
// <---- keyword.control.wlanguage
//       ^ constant.numeric.wlanguage
//         ^ keyword.other.wlanguage
//           ^ constant.numeric.wlanguage
sListe est une chaîne = "carrés :"
//     ^^^^^^^ keyword.other.wlanguage
//                      ^^^^^^^^^^ string.quoted.double.wlanguage
