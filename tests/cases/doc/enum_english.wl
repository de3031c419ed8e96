// Help: Enumération (Type de variable) (1514067, https://help.windev.com/?1514067)
RobotType is Enumeration
	Walk
	Stopped
END
Post1 is RobotType
Trace(Post1 = Walk)
Post1 = Stopped
Trace(Post1 = Stopped)
