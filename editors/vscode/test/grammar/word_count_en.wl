// SYNTAX TEST "source.wlanguage" "samples/word_count_en.wl: keywords, strings, comments and numbers"
// Generated from the sample by wlang's lexer (see src/tools/lsp/textmate.rs): do not edit.
// Counting the words of a text with an associative array (help 1514058): one key per word,
// <------------------------------------------------------------------------------------------- comment.line.double-slash.wlanguage
// ignoring case (ccIgnoreCase), and the value counts how often the word appears.
// <--------------------------------------------------------------------------------- comment.line.double-slash.wlanguage
aaCount is associative array (ccIgnoreCase) of int
//      ^^ keyword.other.wlanguage
//                                          ^^ keyword.other.wlanguage
FOR EACH STRING sWord OF sText SEPARATED BY [" ", CR, ".", ",", ";", "!"]
// <--------------- keyword.control.wlanguage
//                    ^^ keyword.other.wlanguage
//                             ^^^^^^^^^^^^ keyword.other.wlanguage
//                                           ^^^ string.quoted.double.wlanguage
//                                                    ^^^ string.quoted.double.wlanguage
//                                                         ^^^ string.quoted.double.wlanguage
//                                                              ^^^ string.quoted.double.wlanguage
//                                                                   ^^^ string.quoted.double.wlanguage
	IF sWord = "" THEN CONTINUE
// <~-- keyword.control.wlanguage
//          ^^ string.quoted.double.wlanguage
//             ^^^^ keyword.control.wlanguage
//                  ^^^^^^^^ keyword.control.wlanguage
	IF nTimes = 1 THEN sOnce += [", "] + sWord
// <~-- keyword.control.wlanguage
//           ^ constant.numeric.wlanguage
//             ^^^^ keyword.control.wlanguage
//                            ^^^^ string.quoted.double.wlanguage
