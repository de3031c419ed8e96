// A date or time string holding a character that is not ASCII is not valid (found by the `run`
// fuzz target: "202³530" once split a character in two).
Trace(DateValide("202³530"), DateValide("2024-0³-15"), DateValide("20240315"))
Trace(HeureValide("1²30"), DateHeureValide("202³0315143000"))
