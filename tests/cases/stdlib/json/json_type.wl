// Help: JSON type (1000023611, https://help.windev.com/?1000023611)
// The help's example: a JSON variable declared with a document in JSON (a multi-line string),
// then read by member and by index; member names ignore case and accents.
jedi est un JSON = [
{
"id": 5,
"name": "Luke Skywalker",
"pilotingScore": 98,
"shootingScore": 56,
"isForceUser": true,
"films": ["A New Hope", "The Empire Strikes Back"]
}
]
Trace(jedi.name, jedi.id + 1, jedi.isForceUser, jedi.films[2])
Trace(jedi.NAME, jedi.PilotingScore + jedi.shootingScore, Dimension(jedi.films))
// Choice: a member the object does not have reads as Null; ..Existe tells.
Trace(jedi.absent = Null, jedi.name..Existe, jedi.absent..Existe)
// As text, a JSON variable is its document (compact, 7-bit ASCII as VariantVersJSON writes).
Trace(jedi)
s est une chaîne = jedi.films
Trace(s)
