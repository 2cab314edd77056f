import dis

counter = 0


def increment() -> None:
    global counter
    counter += 1


# The instructions that read counter, add, and write counter back. The other
# instructions (loading the 1, returning) differ between Python versions.
steps = [
    f"{instruction.opname} {instruction.argrepr}"
    for instruction in dis.get_instructions(increment)
    if instruction.argval == "counter" or instruction.opname == "BINARY_OP"
]
for step in steps:
    print(step)
    #> LOAD_GLOBAL counter
    #> BINARY_OP +=
    #> STORE_GLOBAL counter
