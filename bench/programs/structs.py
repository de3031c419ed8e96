# Structure member access: an array of points, moved and summed member by member.


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def main():
    t = []
    for i in range(1, 1001):
        t.append(Point(i, 2 * i))
    somme = 0
    for tour in range(1000):
        for i in range(1000):
            t[i].x = (t[i].x + t[i].y) % 1000
            somme = somme + t[i].x
    print(somme)


main()
