// Help: Trace (3013050, https://help.windev.com/?3013050)
// Choice: EnModeTest() is true under wl run, which plays the editor's test mode (GO).
SI EnModeTest() ALORS Trace("mode test") SINON Trace("exécution")
