// SYNTAX TEST "source.wlanguage" "samples/classes_inheritance_en.wl: keywords, strings, comments and numbers"
// Generated from the sample by wlang's lexer (see src/tools/lsp/textmate.rs): do not edit.
Shape is Class
//    ^^ keyword.other.wlanguage
//       ^^^^^ storage.type.wlanguage
		GLOBAL nbShapes is int
//^^^^^^ storage.modifier.wlanguage
//                ^^ keyword.other.wlanguage
Rectangle is Class
//        ^^ keyword.other.wlanguage
//           ^^^^^ storage.type.wlanguage
Square is Class
//     ^^ keyword.other.wlanguage
//        ^^^^^ storage.type.wlanguage
Circle is Class
//     ^^ keyword.other.wlanguage
//        ^^^^^ storage.type.wlanguage
Add(arrShapes, new Rectangle(3, 4))
//             ^^^ keyword.other.wlanguage
//                           ^ constant.numeric.wlanguage
//                              ^ constant.numeric.wlanguage
