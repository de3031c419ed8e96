# String builtins: Position, Remplace and ExtraitChaîne on a line of fields, many times.


def main():
    ligne = "nom=Dupont;prénom=Jean;ville=Montpellier;code=34000;pays=France"
    total = 0
    for i in range(1, 200001):
        total = total + ligne.find("ville=") + 1
        s = ligne.replace(";", ",")
        total = total + len(s.split(",")[(1 + i % 5) - 1])
    print(total)


main()
