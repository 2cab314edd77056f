import asyncio
import sys

log: list[str] = []


async def save_visit(user: str) -> None:
    log.append(f"  task: {user} started")
    await asyncio.sleep(0.1)


async def create_both() -> None:
    # Python 3.14: eager or not, chosen per task, whatever the loop's task factory.
    ada = asyncio.create_task(save_visit("ada"), eager_start=True)
    log.append("main: created ada's task, eager_start=True")
    grace = asyncio.create_task(save_visit("grace"), eager_start=False)
    log.append("main: created grace's task, eager_start=False")
    await asyncio.gather(ada, grace)


def main() -> None:
    if sys.version_info >= (3, 14):
        asyncio.run(create_both())
    else:
        log.append("create_task() takes eager_start= from Python 3.14 on")
    for entry in log:
        print(entry)
        #> [3.12-3.13] create_task() takes eager_start= from Python 3.14 on
        #> [3.14+]   task: ada started
        #> [3.14+] main: created ada's task, eager_start=True
        #> [3.14+] main: created grace's task, eager_start=False
        #> [3.14+]   task: grace started


if __name__ == "__main__":
    main()
