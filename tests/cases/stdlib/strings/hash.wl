// Help: HashChaîne (1000007111)
// The result is a buffer; BufferVersHexa with SansRegroupement shows it as hexadecimal.
Hash1 est un buffer = HashChaîne(HA_MD5_128, "abc")
Hash2 est un buffer = HashChaîne(HA_MD5_128, "abc")
SI Hash1 = Hash2 ALORS Info("The two strings are identical.")
Info(BufferVersHexa(Hash1, SansRegroupement))
Info(BufferVersHexa(HashChaîne(HA_SHA_160, "abc"), SansRegroupement))
Info(BufferVersHexa(HashChaîne(HA_SHA_256, "abc"), SansRegroupement))
Info(Taille(HashChaîne(HA_SHA_384, "abc")), Taille(HashChaîne(HA_SHA_512, "abc")))
Info(BufferVersHexa(HashChaîne(HA_SHA_256, ""), SansRegroupement))
// Hash with message authentication: the key is the third parameter.
Info(BufferVersHexa(HashChaîne(HA_HMAC_SHA_256, "The quick brown fox jumps over the lazy dog", "key"), SansRegroupement))
Info(BufferVersHexa(HashChaîne(HA_HMAC_MD5_128, "The quick brown fox jumps over the lazy dog", "key"), SansRegroupement))
// A string is hashed as its UTF-8 bytes.
Info(BufferVersHexa(HashChaîne(HA_MD5_128, "é"), SansRegroupement) = BufferVersHexa(HashChaîne(HA_MD5_128, ChaîneVersUTF8("é")), SansRegroupement))
QUAND EXCEPTION DANS
	Info(HashChaîne(HA_HMAC_SHA_256, "abc"))
FAIRE
	Info(ExceptionInfo())
FIN
QUAND EXCEPTION DANS
	Info(HashChaîne(HA_SHA_256, "abc", "key"))
FAIRE
	Info(ExceptionInfo())
FIN
QUAND EXCEPTION DANS
	Info(HashChaîne(42, "abc"))
FAIRE
	Info(ExceptionInfo())
FIN
