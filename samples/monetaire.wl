// Money: the monétaire and numérique types compute in decimal, where a réel rounds in binary.
rTotal est un réel = 0
mTotal est un monétaire = 0
POUR i = 1 _A_ 10
	rTotal += 0.1
	mTotal += 0.1
FIN
Trace("réel :", NumériqueVersChaîne(rTotal, ".17f"), "monétaire :", mTotal)

// A basket: prices with VAT, rounded to the cent.
mPrixHT est un monétaire = 19.99
nQuantité est un entier = 3
mTVA est un monétaire = Arrondi(mPrixHT * nQuantité * 0.2, 2)
mTTC est un monétaire = mPrixHT * nQuantité + mTVA
Trace("HT", mPrixHT * nQuantité, "TVA", mTVA, "TTC", mTTC)

// Sharing a sum: the last share takes the remainder so that no cent is lost.
mSomme est un monétaire = 100
nParts est un entier = 3
mPart est un monétaire = Arrondi(mSomme / nParts, 2)
mDernière est un monétaire = mSomme - mPart * (nParts - 1)
Trace(mPart, mPart, mDernière, "=", mPart * 2 + mDernière)

// numérique keeps 38 significant digits.
nGrand est un numérique = "12345678901234567890.123456789"
Trace(nGrand * 10)
Trace(NumériqueVersChaîne(mTTC, "10.2f"), "€")
