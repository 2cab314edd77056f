import contextlib
import threading

import pytest


class Account:
    def __init__(self, locked: bool) -> None:
        self.balance = 0
        self.lock = threading.Lock() if locked else contextlib.nullcontext()

    def deposit(self, amount: int) -> None:
        with self.lock:
            current = self.balance
            self.record(amount)  # in real code: a log line, a metric, a query
            self.balance = current + amount

    def record(self, amount: int) -> None:
        pass


@pytest.mark.parametrize("locked", [False, True], ids=["without_lock", "with_lock"])
def test_two_deposits_at_once(locked: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    account = Account(locked)
    both_inside = threading.Barrier(2, timeout=0.5)

    def wait_for_the_other(amount: int) -> None:
        # Hold each thread between its read and its write until the other gets
        # there too: without a lock both have read 0 by then. With the lock the
        # other cannot get there; the barrier times out and the thread goes on.
        with contextlib.suppress(threading.BrokenBarrierError):
            both_inside.wait()

    monkeypatch.setattr(account, "record", wait_for_the_other)
    threads = [threading.Thread(target=account.deposit, args=(10,)) for _ in "ab"]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert account.balance == 20
