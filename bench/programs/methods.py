# Method calls on objects: a counter object updated through its methods.


class Compteur:
    def __init__(self):
        self.total = 0
        self.appels = 0

    def ajoute(self, k):
        self.total = self.total + k
        self.appels = self.appels + 1

    def get_total(self):
        return self.total

    def get_appels(self):
        return self.appels


def main():
    c = Compteur()
    for i in range(1, 1000001):
        c.ajoute(i % 7)
    print(c.get_total(), c.get_appels())


main()
