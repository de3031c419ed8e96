// An error on a CAS line does not hide the next cases: each line is reported on its own.
SELON 2
	CAS 1 : x = * 2
	CAS 2 : Trace("deux")
	CAS 3 : y = )
FIN
