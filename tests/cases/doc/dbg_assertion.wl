// Help: Gestion des assertions / Managing assertions (1000018855, https://help.windev.com/?1000018855)
// Choice: wl run plays the editor's test mode (GO), where assertions are on: a failed dbgAssertion stops the script with a runtime error at the call, in place of the dialog.
x est un entier = 0
dbgAssertion(x <> 0, "x ne doit pas être nul")
Trace("suite")
