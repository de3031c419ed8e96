// SYNTAX TEST "source.wlanguage" "samples/classes_heritage.wl: keywords, strings, comments and numbers"
// Generated from the sample by wlang's lexer (see src/tools/lsp/textmate.rs): do not edit.
Forme est une Classe
//    ^^^^^^^ keyword.other.wlanguage
//            ^^^^^^ storage.type.wlanguage
		GLOBAL nbFormes est un entier
//^^^^^^ storage.modifier.wlanguage
//                ^^^^^^ keyword.other.wlanguage
Rectangle est une Classe
//        ^^^^^^^ keyword.other.wlanguage
//                ^^^^^^ storage.type.wlanguage
Carré est une Classe
//    ^^^^^^^ keyword.other.wlanguage
//            ^^^^^^ storage.type.wlanguage
Cercle est une Classe
//     ^^^^^^^ keyword.other.wlanguage
//             ^^^^^^ storage.type.wlanguage
Ajoute(tabFormes, allouer un Rectangle(3, 4))
//                ^^^^^^^^^^ keyword.other.wlanguage
//                                     ^ constant.numeric.wlanguage
//                                        ^ constant.numeric.wlanguage
