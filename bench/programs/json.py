# A JSON round trip: 1,000 records written as JSON and read back, 200 times.
import sys

# This file is json.py: the standard library's json module, not this file.
del sys.path[0]
import json  # noqa: E402


def main():
    t = [{"nId": i, "sNom": "article " + str(i), "nQte": i % 17, "bStock": i % 3 == 0} for i in range(1, 1001)]
    total = 0
    taille = 0
    for tour in range(1, 201):
        s = json.dumps(t, separators=(",", ":"))
        taille = len(s)
        t2 = json.loads(s)
        total += t2[tour - 1]["nQte"] + len(t2)
        if t2[tour * 5 - 1]["bStock"]:
            total += 1
    print(taille, total)


main()
