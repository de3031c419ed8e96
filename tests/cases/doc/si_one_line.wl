// Help: Instruction SI / IF statement (1510011, https://help.windev.com/?1510011)
x est un entier = 3
SI x > 2 ALORS Trace("grand") SINON Trace("petit")
SI x > 5 ALORS Trace("grand") SINON Trace("petit")
SI x = 3 ALORS Trace("trois")
