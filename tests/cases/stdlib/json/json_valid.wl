// Help: JSONValide (1410089147, https://help.windev.com/?1410089147)
// Whether a text is one whole JSON value.
Trace(JSONValide("{""a"": [1, 2, {""b"": null}]}"), JSONValide("[]"), JSONValide("12"), JSONValide(" ""x"" "))
Trace(JSONValide("{""a"": 1,}"), JSONValide("{"), JSONValide(""), JSONValide("{} {}"), JSONValide("{'a': 1}"))
Trace(JSONValid("[1, 2]"), JSONValid("[1, 2"))
// Check before converting text that comes from elsewhere.
sRéponse est une chaîne = "pas du JSON"
SI JSONValide(sRéponse) ALORS
	Trace(JSONVersVariant(sRéponse))
SINON
	Trace("réponse invalide")
FIN
