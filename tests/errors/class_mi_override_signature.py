# error: 24:7: 'Both' gets method 'Quiet.speak' through multiple inheritance, but its first base has 'Base.speak' with a different signature


class Base:
    def speak(self, n: int) -> str:
        return "base" * n


class Other:
    pass


class Quiet(Other, Base):
    def speak(self) -> str:
        return "..."


class Loud(Base):
    pass


# MRO: Both, Loud, Quiet, Other, Base: Quiet.speak fills the slot that a
# Base-typed receiver calls with an int.
class Both(Loud, Quiet):
    pass
