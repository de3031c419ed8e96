// Arithmetic on dates, times and durations (help 1514040, 1514066, 1514069): adding days,
// the gap between two dates, the ..Day, ..Month, ..Year properties, durations.

// A date is written YYYYMMDD; its parts can be read and written
dInvoice is Date = "20240131"
Trace("invoice:", dInvoice.Day, dInvoice.Month, dInvoice.Year)

// One month later: January 31 becomes February 29 (2024 is a leap year)
dDue is Date = dInvoice
dDue.Month++
Trace("due:", DateToString(dDue), LeapYear(2024))

// Adding days: a date plus an integer; ..DayOfWeek numbers the days from 1 (Monday) to 7
dReminder is Date = dDue + 15
arrDays is array of strings = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
Trace("reminder:", DateToString(dReminder), arrDays[dReminder..DayOfWeek])

// The gap between two dates is a duration; ..InDays gives it in days
durLate is Duration = dReminder - dInvoice
Trace("days between invoice and reminder:", durLate..InDays)

// A person's age on July 4, 2024
dBirth is Date = "19900815"
dToday is Date = "20240704"
nAge is int = dToday.Year - dBirth.Year
IF dToday.Month < dBirth.Month OR (dToday.Month = dBirth.Month AND dToday.Day < dBirth.Day) THEN
	nAge--
END
Trace("age:", nAge)

// Times and durations: a 1 h 45 min meeting starting at 9:30
tStart is Time = "0930"
durMeeting is Duration = 1 h 45 min
tEnd is Time = tStart + durMeeting
Trace("meeting ends:", TimeToString(tEnd, "HH:mm"), durMeeting..InMinutes, "min")

// A duration can also be read from a readable string
durBreak is Duration = "15 min"
tRestart is Time = tEnd + durBreak
Trace("back at:", TimeToString(tRestart, "HH:mm"))

// The total time spent in meetings over a week
durTotal is Duration
FOR EACH durDay OF [1 h 45 min, 2 h, 30 min, 1 h 15 min, 50 min]
	durTotal += durDay
END
Trace("total:", durTotal.Hour, "h", durTotal.Minute, "min", "that is", durTotal..InMinutes, "minutes")

// A date-time: leaving on December 30 at 10 pm for a 5 h 30 min journey, shown through a mask
// written with the English help's letters (DD/MM/YYYY HH:mm)
dtDeparture is DateTime = "202412302200"
dtArrival is DateTime = dtDeparture + 5 h 30 min
Trace("arrival:", DateTimeToString(dtArrival, "DD/MM/YYYY HH:mm"))

// The last day of each month of a quarter
FOR nMonth = 1 _TO_ 3
	Trace("end of month", nMonth, ":", DateToString(LastDayOfMonth(2025, nMonth)))
END
