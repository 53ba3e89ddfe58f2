# The `as` name is deleted when the handler ends, as in CPython.


def main() -> None:
    try:
        raise ValueError("x")
    except ValueError as e:
        print("inside:", e)
    print("after the handler")
    print(e)


main()
