// Help: IBANValide (1410089019). Check digits per ISO 13616 (modulo 97); spaces are allowed.
Info(IBANValide("FR7630006000011234567890189"))
Info(IBANValide("FR76 3000 6000 0112 3456 7890 189"))
Info(IBANValide("fr7630006000011234567890189"))
Info(IBANValide("GB82WEST12345698765432"))
Info(IBANValide("DE89370400440532013000"))
// A wrong check digit, a swapped digit, letters where digits belong, too short, empty
Info(IBANValide("FR7730006000011234567890189"))
Info(IBANValide("GB82WEST12345698765423"))
Info(IBANValide("FRAB30006000011234567890189"))
Info(IBANValide("FR76"))
Info(IBANValide(""))
Info(IBANValide("FR76-3000-6000-0112-3456-7890-189"))
