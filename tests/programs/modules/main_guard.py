# Module-level code runs top to bottom; the __main__ guard is taken when run as a script.

print("module body starts")

GREETING = "hello"
COUNT = 3


def run(times: int) -> None:
    for i in range(times):
        print(GREETING, i)


print("__name__ is", __name__)
print(__name__ == "__main__")

if __name__ == "__main__":
    print("in main guard")
    run(COUNT)
else:
    print("imported")

print("module body ends")
