# error: 12:8: unsupported syntax: multiple inheritance


class A:
    pass


class B:
    pass


class C(A, B):
    pass
