# error: 8:12: duplicate base class A


class A:
    pass


class B(A, A):
    pass
