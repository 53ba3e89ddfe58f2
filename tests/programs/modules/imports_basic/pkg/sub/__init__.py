print("sub init")
