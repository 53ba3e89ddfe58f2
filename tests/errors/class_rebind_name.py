# error: 8:1: unsupported syntax: rebinding the class name 'Point'


class Point:
    pass


Point = 3
