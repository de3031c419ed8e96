// Help: Time (Property) (2512069, https://help.windev.com/?2512069)
// Unsure: the French name of this property (PartieHeure?) is not on the page seen; in French `.Heure` means the hours (page 2512038).
// English help page: the Time property of a DateTime gets or replaces its time part.
StartDate is DateTime = "200112121515"
EndTime is Time = "1530"
StartDate.Time = "153050"
Trace(StartDate.Second)
StartDate.Time = EndTime
Trace(StartDate.Minute)
Trace(StartDate.Day)
