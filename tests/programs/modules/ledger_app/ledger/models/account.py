class Account:
    def __init__(self, name: str, kind: str) -> None:
        self.name = name
        self.kind = kind
        self.balance = 0

    def __repr__(self) -> str:
        return f"Account({self.name!r}, {self.kind!r}, {self.balance})"
