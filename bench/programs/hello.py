# Startup time: the smallest complete program.
print("Hello, world!")
