# error: 4:7: syntax error


def f(:
    return 1
