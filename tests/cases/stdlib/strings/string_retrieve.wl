// Help: ChaîneRécupère / StringRetrieve (3024005, https://help.windev.com/?3024005)
// A string ended by a zero, from memory a DLL filled. wlang has no memory addresses: the bytes
// come in a buffer (Choice), read as ANSI up to the first zero byte (crAdresseASCIIZ) or as
// UTF-16 up to the first zero unit (crAdresseUNICODE).
bufASCII est un Buffer = HexaVersBuffer("4162E90043")
Trace(ChaîneRécupère(bufASCII, crAdresseASCIIZ), Taille(ChaîneRécupère(bufASCII, crAdresseASCIIZ)))
bufUnicode est un Buffer = HexaVersBuffer("4100E9000000420000")
Trace(StringRetrieve(bufUnicode, crAddressUNICODE))
// No zero: everything; a string is already text, up to its first zero character.
Trace(ChaîneRécupère(HexaVersBuffer("414243"), crAdresseASCIIZ), ChaîneRécupère("abc" + Caract(0) + "def", crAdresseASCIIZ))
// An address (a number) cannot be read.
QUAND EXCEPTION DANS
	Trace(ChaîneRécupère(123456, crAdresseASCIIZ))
FAIRE
	Trace(ExceptionInfo())
FIN
ChaîneRécupère(bufASCII, 99)
