import asyncio
import gc
import weakref
from typing import Any

# A registry that holds its listeners weakly, as some event libraries do, so that
# a listener nobody uses any more can go away.
listeners: weakref.WeakSet[asyncio.Event] = weakref.WeakSet()
task_log: list[str] = []
loop_log: list[str] = []


async def wait_for_deploy(name: str) -> None:
    deployed = asyncio.Event()
    listeners.add(deployed)
    try:
        await deployed.wait()
        task_log.append(f"{name}: saw the deploy")
    finally:
        task_log.append(f"{name}: finally block ran")


def record(loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
    loop_log.append(context["message"])  # what the loop would log as an error


async def main() -> None:
    asyncio.get_running_loop().set_exception_handler(record)
    # The mistake: nothing keeps the task. A weak reference lets us watch it.
    task_ref = weakref.ref(asyncio.create_task(wait_for_deploy("cache warmer")))
    await asyncio.sleep(0.1)  # the task starts and waits for its event
    gc.collect()  # the garbage collector runs, as it will sooner or later
    print(f"task still exists: {task_ref() is not None}")
    #> task still exists: False
    print(f"listeners left to notify: {len(listeners)}")
    #> listeners left to notify: 0
    print(f"task: {task_log}")
    #> task: ['cache warmer: finally block ran']
    print(f"event loop: {loop_log}")
    #> event loop: ['Task was destroyed but it is pending!']


if __name__ == "__main__":
    asyncio.run(main())
