"""The ledger package."""
VERSION = "1.0"
