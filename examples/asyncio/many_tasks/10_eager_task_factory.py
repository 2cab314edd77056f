import asyncio


async def fetch_report(log: list[str]) -> str:
    log.append("report: started")
    await asyncio.sleep(0.1)  # the first real wait: an eager task pauses here
    log.append("report: finished")
    return "report"


async def cached_report(log: list[str]) -> str:
    log.append("cached: started")
    return "report"  # never waits


async def create_and_await(log: list[str]) -> None:
    report = asyncio.create_task(fetch_report(log))
    cached = asyncio.create_task(cached_report(log))
    log.append(f"main: tasks created, done={report.done()}, {cached.done()}")
    await asyncio.gather(report, cached)


async def main() -> None:
    lines: list[str] = []
    for eager in (False, True):
        if eager:  # Python 3.12+: every create_task() on this loop starts eagerly
            asyncio.get_running_loop().set_task_factory(asyncio.eager_task_factory)
        log: list[str] = []
        await create_and_await(log)
        lines += [f"eager={eager}:", *(f"    {entry}" for entry in log)]
    for line in lines:
        print(line)
        #> eager=False:
        #>     main: tasks created, done=False, False
        #>     report: started
        #>     cached: started
        #>     report: finished
        #> eager=True:
        #>     report: started
        #>     cached: started
        #>     main: tasks created, done=False, True
        #>     report: finished


if __name__ == "__main__":
    asyncio.run(main())
