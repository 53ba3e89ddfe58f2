# error: 7:9: method 'Log.write' is never called, so the type of its parameter 'line' is unknown
class Log:
    def __init__(self, name):
        self.name = name
        self.count = 0

    def write(self, line, end="\n"):
        self.count += 1
        print(line, end=end)


log = Log("app")
print(log.name, log.count)
