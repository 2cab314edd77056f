import threading


def release_one_too_many(semaphore: threading.Semaphore) -> str:
    try:
        semaphore.release()  # a bug: released without having been acquired
    except ValueError as error:
        return f"ValueError: {error}"
    # Nothing complained, and now one more thread gets in than the limit allows.
    granted = [semaphore.acquire(blocking=False) for _ in range(3)]
    return f"accepted, then 3 acquires granted: {granted}"


for semaphore in (threading.Semaphore(2), threading.BoundedSemaphore(2)):
    print(f"{type(semaphore).__name__}(2): {release_one_too_many(semaphore)}")
    #> Semaphore(2): accepted, then 3 acquires granted: [True, True, True]
    #> BoundedSemaphore(2): ValueError: Semaphore released too many times
