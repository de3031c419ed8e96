// Help: JSONVersVariant (1000021052): <Données JSON> is a string in JSON format; text that is
// not JSON stops the script with an error saying where.
Trace("avant")
v est un Variant = JSONVersVariant("{""a"": 1," + RC + """b"": }")
Trace("jamais")
