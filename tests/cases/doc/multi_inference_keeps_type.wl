// Help: Inférence de type (3087003, https://help.windev.com/?3087003)
// The inferred variable keeps its type even if a value of another type is assigned later.
soit n = 5
n = "12"
Trace(n + 1)
