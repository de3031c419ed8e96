// Help: Instruction SI / IF statement (1510011, https://help.windev.com/?1510011)
// Choice: ALORS may be omitted before a newline (notes.md; not on the retrieved part of the page)
x est un entier = 3
SI x = 3
	Trace("trois")
FIN
