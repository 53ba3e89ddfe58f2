# A failed assert without a message.

total = 0
for i in range(5):
    total += i
    assert total < 10
    print("total", total)
