// Help: Combinaison (Type de variable) (1514074, https://help.windev.com/?1514074)
CombinationType is Combination
	CreateFile
	ReadFile
	WriteFile
END
FileAction is CombinationType
FileAction = ReadFile + WriteFile
Trace(FileAction[WriteFile])
Trace(FileAction[CreateFile])
