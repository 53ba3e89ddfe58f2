# error: 4:1: unsupported syntax: class definitions


class Point:
    pass


print("hi")
