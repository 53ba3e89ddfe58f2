def present() -> int:
    return 1
