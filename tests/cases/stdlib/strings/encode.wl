// Help: Encode (1000022258), Décode (1000022259), URLEncode (3024040)
Info(Encode("Hello", encodeBASE64))
Info(Décode("SGVsbG8=", encodeBASE64))
Info(Encode("Bonjour à tous", encodeBASE64SansRC))
Info(Décode(Encode("Bonjour à tous", encodeBASE64SansRC), encodeBASE64SansRC))
// encodeBASE64 cuts lines at 76 characters with RC; encodeBASE64SansRC does not.
s est une chaîne = Répète("0123456789", 6)
Info(Taille(Encode(s, encodeBASE64)), Taille(Encode(s, encodeBASE64SansRC)))
Info(Position(Encode(s, encodeBASE64), RC))
Info(Décode(Encode(s, encodeBASE64), encodeBASE64) = s)
// URL-safe Base64: - and _ instead of + and /, no padding.
Info(Encode(Caract(251) + Caract(255), encodeBASE64SansRC), Encode(Caract(251) + Caract(255), encodeBASE64URL))
Info(Décode("w7vDvw", encodeBASE64URL))
// Invalid data: ErreurDétectée, an empty buffer.
b est un buffer = Décode("@@@", encodeBASE64)
Info(ErreurDétectée, ErreurInfo())
Info(Taille(b))
Info(URLEncode("a b&c=d/é"))
Info(URLDécode("a%20b%26c%3Dd%2F%C3%A9+ok%zz"))
QUAND EXCEPTION DANS
	Info(Encode("abc", 99))
FAIRE
	Info(ExceptionInfo())
FIN
