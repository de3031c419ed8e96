// English spellings: associative arrays, properties, FOR EACH ELEMENT, WithDuplicates.
aa is associative array (WithDuplicates + ccIgnoreCase) of int
Add(aa, "One", 1)
Add(aa, "one", 2)
Trace(aa..Count, aa["ONE"], aa["two"]..Exists)
FOR EACH ELEMENT n, k OF aa
	Trace(k, n)
END
d is Date = "20240131"
d.Month++
Trace(d.Year, d.Month, d.Day)
du is Duration = 90 min
Trace(du.Hour, du.Minute, du..InMinutes)
