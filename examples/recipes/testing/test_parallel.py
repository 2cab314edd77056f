import threading

import pytest


class IdAllocator:
    def __init__(self) -> None:
        self.last = 0
        self.lock = threading.Lock()

    def next_id(self) -> int:
        with self.lock:  # without it, two threads can get the same id
            self.last += 1
            return self.last


allocator = IdAllocator()  # shared by every thread that runs the test
handed_out: list[int] = []


@pytest.fixture
def all_threads_done(num_parallel_threads: int) -> threading.Barrier:
    # A fixture is set up once and shared by the test's threads.
    return threading.Barrier(num_parallel_threads, timeout=1)


@pytest.mark.force_parallel_threads(8)  # 8 threads run this test at once
def test_ids_are_unique(all_threads_done: threading.Barrier) -> None:
    handed_out.extend(allocator.next_id() for _ in range(1000))
    all_threads_done.wait()  # every thread has taken its 1000 ids
    assert len(set(handed_out)) == len(handed_out)
