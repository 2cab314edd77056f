import anyio
import pytest

pytestmark = pytest.mark.anyio  # every test here runs in an event loop


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request: pytest.FixtureRequest) -> str:
    return request.param  # each test runs twice: on asyncio, then on trio


async def download_all(names: list[str], open_now: set[str]) -> list[str]:
    """The code under test: must close every connection, even when cancelled."""
    results = [""] * len(names)

    async def download(index: int, name: str) -> None:
        open_now.add(name)
        try:
            await anyio.sleep(0.05 * (index + 1))
            results[index] = name.upper()
        finally:
            open_now.discard(name)  # runs on cancellation too

    async with anyio.create_task_group() as group:
        for index, name in enumerate(names):
            group.start_soon(download, index, name)
    return results


async def test_results_in_input_order() -> None:
    assert await download_all(["a", "b", "c"], set()) == ["A", "B", "C"]


async def test_cancelled_batch_closes_everything() -> None:
    open_now: set[str] = set()
    with anyio.move_on_after(0.07) as scope:  # cancels the batch after 0.07 s
        await download_all(["a", "b", "c"], open_now)
    assert scope.cancelled_caught
    assert open_now == set()


async def test_deadline_raises_timeout_error() -> None:
    with pytest.raises(TimeoutError), anyio.fail_after(0.07):
        await download_all(["a", "b", "c"], set())
