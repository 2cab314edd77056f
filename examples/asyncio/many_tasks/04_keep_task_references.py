import asyncio
import gc
import weakref

listeners: weakref.WeakSet[asyncio.Event] = weakref.WeakSet()  # as before
task_log: list[str] = []
background_tasks: set[asyncio.Task[None]] = set()


async def wait_for_deploy(name: str) -> None:
    deployed = asyncio.Event()
    listeners.add(deployed)
    try:
        await deployed.wait()
        task_log.append(f"{name}: saw the deploy")
    finally:
        task_log.append(f"{name}: finally block ran")


def start_in_background(name: str) -> None:
    task = asyncio.create_task(wait_for_deploy(name))
    background_tasks.add(task)  # a strong reference, for as long as the task runs
    task.add_done_callback(background_tasks.discard)  # then let it go


async def main() -> None:
    start_in_background("cache warmer")
    await asyncio.sleep(0.1)
    gc.collect()
    print(f"tasks kept: {len(background_tasks)}, listeners: {len(listeners)}")
    #> tasks kept: 1, listeners: 1
    for deployed in listeners:
        deployed.set()
    await asyncio.sleep(0.1)  # the task wakes up and finishes
    print(f"task: {task_log}")
    #> task: ['cache warmer: saw the deploy', 'cache warmer: finally block ran']
    print(f"tasks kept after it finished: {len(background_tasks)}")
    #> tasks kept after it finished: 0


if __name__ == "__main__":
    asyncio.run(main())
