// Help: HTTPEnvoie (1000021183): a variable of type httpRequête, or a URL
Trace("avant")
rep est un httpRéponse = HTTPEnvoie(42)
Trace("jamais")
