// Help: Durée (Type de variable) (1514069, https://help.windev.com/?1514069)
// Unsure: '+JHHMMSSLLL': whether J has one digit or as many as needed is not stated; with one digit, '+1000000000' (1, then HHMMSSLLL = 000000000) is 1 day.
du est une Durée = "+1000000000"
Trace(du.Jour)
Trace(du.Heure)
