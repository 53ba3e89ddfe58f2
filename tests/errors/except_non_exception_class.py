# error: 10:8: class 'Point' is not an exception class


class Point:
    pass


try:
    print(1)
except Point:
    print(2)
