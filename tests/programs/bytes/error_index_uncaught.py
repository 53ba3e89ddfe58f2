# an uncaught IndexError from bytes indexing
packet = b"\x01\x02"
print(packet[1])
print(packet[2])
