import threading


def test_a_wait_that_never_ends() -> None:
    nobody_sets_this = threading.Event()
    nobody_sets_this.wait()  # the bug: the timeout in pyproject.toml ends it


def test_a_wait_with_its_own_timeout() -> None:
    assert not threading.Event().wait(timeout=0.1)  # False: timed out
