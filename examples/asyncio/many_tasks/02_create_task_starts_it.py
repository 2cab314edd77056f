import asyncio
import time


async def fetch_report(log: list[str], start: float) -> str:
    log.append(f"report: started at {time.perf_counter() - start:.1f} s")
    await asyncio.sleep(0.3)  # stands in for a slow request
    log.append(f"report: finished at {time.perf_counter() - start:.1f} s")
    return "report"


async def main() -> None:
    log: list[str] = []
    start = time.perf_counter()
    task = asyncio.create_task(fetch_report(log, start))  # scheduled, not run yet
    log.append(f"main: task created, done={task.done()}")
    await asyncio.sleep(0.2)  # main does its own waiting; the task runs meanwhile
    log.append(f"main: own work done at {time.perf_counter() - start:.1f} s")
    report = await task  # waits only for what is left of the task
    log.append(f"main: got the {report} at {time.perf_counter() - start:.1f} s")
    for entry in log:
        print(entry)
        #> main: task created, done=False
        #> report: started at 0.0 s
        #> main: own work done at 0.2 s
        #> report: finished at 0.3 s
        #> main: got the report at 0.3 s


if __name__ == "__main__":
    asyncio.run(main())
