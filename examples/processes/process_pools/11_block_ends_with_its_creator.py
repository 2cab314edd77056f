import subprocess
import sys
import uuid
from multiprocessing import shared_memory

# Another program creates a block for this one to read later, and exits.
CREATOR = """\
import sys
from multiprocessing import shared_memory

options = {} if sys.argv[2] == "tracked" else {"track": False}  # track=: 3.13+
block = shared_memory.SharedMemory(sys.argv[1], create=True, size=16, **options)
block.buf[:5] = b"hello"
block.close()  # closed, not unlinked: the block is meant to stay
"""


def create_in_another_program(name: str, tracking: str) -> str:
    creator = subprocess.run(
        [sys.executable, "-c", CREATOR, name, tracking],
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )
    return creator.stderr


def read_later(name: str) -> str:
    try:
        block = shared_memory.SharedMemory(name)
    except FileNotFoundError:
        return "gone (FileNotFoundError)"
    text = bytes(block.buf[:5]).decode()
    block.close()
    block.unlink()  # this program is the last user: remove it
    return f"still there: {text!r}"


def main() -> None:
    name = f"overlap_{uuid.uuid4().hex[:8]}"
    stderr = create_in_another_program(name, "tracked")
    print(f"default tracking: {read_later(name)}")
    #> default tracking: gone (FileNotFoundError)
    print(f"  the creator's tracker reported a leak: {'leaked' in stderr}")
    #>   the creator's tracker reported a leak: True
    if sys.version_info < (3, 13):
        print("track=False: needs Python 3.13")
        #> [3.12] track=False: needs Python 3.13
        return
    name = f"overlap_{uuid.uuid4().hex[:8]}"
    create_in_another_program(name, "untracked")
    print(f"track=False:      {read_later(name)}")
    #> [3.13+] track=False:      still there: 'hello'


if __name__ == "__main__":
    main()
