# error: 11:25: 'super' object has no attribute 'save'


class Base:
    def save(self) -> str:
        return "base"


class LogMixin:
    def save(self) -> str:
        return "log+" + super().save()


class Model(LogMixin, Base):
    pass


print(Model().save())
