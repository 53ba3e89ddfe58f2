import random

random.seed(3)


def attempt(which: int) -> None:
    try:
        if which == 0:
            random.randrange(0)
        elif which == 1:
            random.randrange(-5)
        elif which == 2:
            random.randrange(5, 5)
        elif which == 3:
            random.randrange(0, 10, 0)
        elif which == 4:
            random.randrange(10, 0, 2)
        elif which == 5:
            random.randint(5, 1)
        elif which == 6:
            empty: list[int] = []
            random.choice(empty)
        elif which == 7:
            random.choice("")
        elif which == 8:
            random.sample([1, 2, 3], 4)
        elif which == 9:
            random.sample([1, 2, 3], -1)
        elif which == 10:
            random.getrandbits(-1)
        elif which == 11:
            random.choices([1, 2], [1, 2, 3])
        elif which == 12:
            random.choices([1, 2], [0, 0])
        elif which == 13:
            random.choices([1, 2], [1.0, float("inf")])
        elif which == 14:
            nothing: list[str] = []
            random.choices(nothing, k=2)
        elif which == 15:
            random.randrange(3, 10, -1)
        print("no error")
    except ValueError as e:
        print("ValueError", e)
    except IndexError as e:
        print("IndexError", e)


for i in range(16):
    attempt(i)
print(random.random())
random.choice([0][1:])
