class Entry:
    def __init__(self, source: str, target: str, amount: int) -> None:
        if amount <= 0:
            raise ValueError(f"amount must be positive, got {amount}")
        self.source = source
        self.target = target
        self.amount = amount
