// Export artefacts: string-resource references read as an opaque string value, and the
// <§rad:1§> markers of generated code ignored.
<§rad:1§>n est un entier = 1
Trace(<§$0006§>)
Trace(<§@00000000000000000003§> + " " + n)
SELON "x"
	CAS <§?176918A700356770§> : Trace("non")
	AUTRE CAS : Trace("autre")
FIN
