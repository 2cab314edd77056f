import asyncio

jobs: dict[str, asyncio.Task] = {}  # the program's registry of running jobs
log: list[str] = []


async def job(name: str) -> None:
    # The task looks itself up, e.g. to report its progress in the registry.
    log.append(f"  {name}: started, in the registry: {name in jobs}")
    await asyncio.sleep(0.1)  # the first real wait: an eager task pauses here
    log.append(f"  {name}: finished")


async def start_jobs(eager: bool) -> None:
    if eager:  # Python 3.12+: every task this loop creates from now on is eager
        asyncio.get_running_loop().set_task_factory(asyncio.eager_task_factory)
    log.append("eager task factory:" if eager else "default task factory:")
    for name in ("backup", "report"):
        jobs[name] = asyncio.create_task(job(name))  # registered once it returns
        log.append(f"main: create_task({name}) returned")
    await asyncio.gather(*jobs.values())
    jobs.clear()


def main() -> None:
    for eager in (False, True):
        asyncio.run(start_jobs(eager))
    for entry in log:
        print(entry)
        #> default task factory:
        #> main: create_task(backup) returned
        #> main: create_task(report) returned
        #>   backup: started, in the registry: True
        #>   report: started, in the registry: True
        #>   backup: finished
        #>   report: finished
        #> eager task factory:
        #>   backup: started, in the registry: False
        #> main: create_task(backup) returned
        #>   report: started, in the registry: False
        #> main: create_task(report) returned
        #>   backup: finished
        #>   report: finished


if __name__ == "__main__":
    main()
