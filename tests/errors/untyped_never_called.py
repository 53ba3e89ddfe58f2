# error: 4:5: function 'area' is never called, so the type of its parameter 'w' is unknown


def area(w, h=2):
    return w * h


print("nothing calls area")
