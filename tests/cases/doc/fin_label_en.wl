// Help: FIN: label, "The END: statement is used to define a code that will be systematically run at the end of the process execution" (help text quoted by https://blog.wxperts.com/2013/05/11/uncle-petes-corner-9-the-end/; page id not retrieved)
P()
PROCEDURE P()
Trace("body")
RETURN
END:
Trace("end code")
