"""What readers type into the search box, and the page each search must find.

Keys are pages as paths under `docs/`; values are searches that should put that page
in the top three results (`test_browser_search.py`). Give every page at least two:
the API names it teaches (`as_completed`, `TaskGroup`) and the everyday phrases of a
reader who does not know the name yet ("my threads are not faster"). Write them as a
reader would, not copied from the page's headings.

At least 90% of the searches of SEARCHES and HELD_OUT together must find a right
page (the page, or one named for the search in ALSO_RIGHT), and every page must be
found by at least one of the searches listed under it. A miss is not a failure on
its own: improve the ranking (headings that name the API or the symptom, front
matter `search: boost:`), not the list.
"""

SEARCHES: dict[str, list[str]] = {
    "index.md": ["verified", "path through the guide"],
    "start/waiting-vs-computing.md": [
        "process_time",
        "wall time vs cpu time",
        "is my program waiting or computing",
        "profile a slow program",
    ],
    "start/running-examples.md": [
        "OVERLAP_DEMO_URL",
        "how to run the examples",
        "start the demo server",
        "Pyodide",
        "run the code in my browser",
    ],
    "threads/from-scratch.md": [
        "threading.Thread",
        "daemon thread",
        "is_alive",
        "start a thread and wait for it",
    ],
    "threads/thread-pools.md": [
        "ThreadPoolExecutor",
        "as_completed",
        "cancel a future",
        "results in the order they finish",
    ],
    "threads/real-downloads.md": [
        "requests.Session",
        "Retry-After",
        "download many images in parallel",
        "timeout on every request",
    ],
    "threads/sharing-state.md": [
        "RLock",
        "threading.local",
        "Barrier",
        "producer consumer queue",
        "counter += 1 not thread safe",
    ],
    "threads/the-gil.md": [
        "global interpreter lock",
        "setswitchinterval",
        "free-threaded build",
        "does the GIL make my code thread-safe",
    ],
    "choosing/decision-table.md": [
        "decision table",
        "threads or processes or asyncio",
    ],
    "choosing/faq.md": ["FAQ", "myths"],
    "mistakes/index.md": ["common mistakes", "symptom"],
    "mistakes/measuring-without-perf-counter.md": [
        "perf_counter",
        "timing goes negative",
    ],
    "mistakes/forgetting-join.md": [
        "forgot to join",
        "results missing after starting threads",
    ],
    "mistakes/joining-inside-the-start-loop.md": [
        "join inside the loop",
        "my threads run one at a time",
    ],
    "mistakes/exceptions-lost-in-unread-futures.md": [
        "exception swallowed by executor",
        "unread future",
    ],
    "mistakes/too-many-or-too-few-workers.md": [
        "max_workers",
        "429 too many requests",
    ],
    "mistakes/sharing-mutable-state-without-locks.md": [
        "lost updates",
        "total comes out too small",
    ],
    "mistakes/deadlock-by-lock-order.md": [
        "deadlock",
        "program hangs with two locks",
    ],
    "mistakes/checking-empty-before-get.md": [
        "qsize",
        "get_nowait",
        "queue.Empty",
        "consumer hangs in get",
        "consumer quits before the producer is done",
    ],
    "mistakes/threads-on-cpu-bound-loops.md": [
        "cpu-bound threads",
        "my threads are not faster",
    ],
    "mistakes/blocking-calls-in-async-code.md": [
        "blocking call in async",
        "asyncio no faster",
    ],
    "mistakes/coroutine-never-awaited.md": [
        "was never awaited",
        "RuntimeWarning coroutine",
    ],
    "mistakes/gather-without-cancelling-siblings.md": [
        "gather cancel siblings",
        "other tasks keep running after an error",
    ],
    "mistakes/lost-task-references.md": [
        "Task was destroyed but it is pending",
        "background task disappears",
    ],
    "mistakes/unbounded-fan-out.md": [
        "too many open files",
        "Errno 24",
    ],
    "asyncio/coroutines.md": [
        "asyncio.run",
        "event loop",
        "what does await do",
    ],
    "asyncio/many-tasks.md": [
        "TaskGroup",
        "create_task",
        "asyncio.timeout",
        "run many coroutines at once",
    ],
    "asyncio/mixing-worlds.md": [
        "to_thread",
        "run_in_executor",
        "call async code from sync code",
    ],
    "asyncio/limits-and-failures.md": [
        "asyncio.Semaphore",
        "return_exceptions",
        "limit concurrent requests",
    ],
    "asyncio/context-variables.md": [
        "contextvars",
        "ContextVar",
        "copy_context",
        "request id in every log line asyncio",
    ],
    "asyncio/sharing-state.md": [
        "asyncio.Lock",
        "shield",
        "uncancel",
        "race condition across an await",
    ],
    "asyncio/waiting.md": [
        "FIRST_COMPLETED",
        "FIRST_EXCEPTION",
        "concurrent.futures.wait",
        "wait for the first task to finish",
    ],
    "asyncio/streams.md": [
        "start_server",
        "open_connection",
        "writer.drain",
        "tcp server asyncio",
        "writer buffer keeps growing",
    ],
    "asyncio/subprocesses.md": [
        "create_subprocess_exec",
        "kill a subprocess after a timeout",
        "read output of a command while it runs",
    ],
    "asyncio/async-iteration.md": [
        "aclosing",
        "asynccontextmanager",
        "async generator finally not called",
        "async for break cleanup",
    ],
    "asyncio/running.md": [
        "eager_task_factory",
        "asyncio.Runner",
        "loop_factory",
        "task starts before create_task returns",
    ],
    "processes/cpu-bound.md": [
        "process_cpu_count",
        "OMP_NUM_THREADS",
        "use all my cores",
    ],
    "processes/process-pools.md": [
        "ProcessPoolExecutor",
        "multiprocessing.Pool",
        "shared_memory",
        "chunksize",
        "spawn or fork",
    ],
    "processes/processes-and-queues.md": [
        "multiprocessing.Process",
        "exitcode",
        "multiprocessing.Pipe",
        "get_lock",
        "process hangs on join with a queue",
    ],
    "processes/sharing-between-processes.md": [
        "multiprocessing.Manager",
        "DictProxy",
        "share a dict between processes",
    ],
    "processes/pipelines.md": [
        "multiprocessing pipeline",
        "one sentinel per worker",
        "producer workers writer processes",
    ],
    "mistakes/missing-main-guard.md": [
        "BrokenProcessPool",
        "process pool works on linux but not on mac",
    ],
    "mistakes/pickling-a-lambda.md": [
        "Can't pickle local object",
        "lambda in a process pool",
    ],
    "benchmarks.md": [
        "benchmarks",
        "how many tasks before it slows down",
    ],
    "beyond/distributed.md": [
        "dask",
        "LocalCluster",
        "run on several machines",
    ],
    "beyond/other-tools.md": [
        "gevent",
        "trio",
        "subinterpreters",
    ],
    "reference/api.md": ["DemoServer", "running_server"],
    "about/verified.md": [
        "how is this guide verified",
        "lighthouse scores",
        "how long does the test suite take",
    ],
    "contributing.md": ["pull request", "add an example"],
    "recipes/progress.md": [
        "tqdm",
        "progress bar thread pool",
        "logging_redirect_tqdm",
        "progress bar garbled by log messages",
    ],
    "recipes/pacing.md": [
        "429 too many requests",
        "requests per second",
        "aiolimiter",
        "token bucket",
    ],
    "recipes/deadlines.md": [
        "cancel_futures",
        "how to stop a thread",
        "deadline for a whole batch",
        "time limit for all requests",
    ],
    "recipes/testing.md": [
        "test race condition",
        "pytest-timeout",
        "pytest-run-parallel",
        "async tests with anyio",
        "flaky test",
    ],
    "recipes/index.md": ["recipes", "real programs"],
    "recipes/stopping-cleanly.md": [
        "pool ignores ctrl-c",
        "SIGTERM",
        "add_signal_handler",
        "KeyboardInterrupt thread pool",
        "graceful shutdown",
    ],
    "mistakes/ignoring-ctrl-c.md": [
        "worker processes still running after kill",
        "orphaned worker processes",
    ],
    "recipes/when-it-hangs.md": [
        "dump thread stack traces",
        "my program hangs",
        "py-spy",
        "faulthandler",
        "asyncio ps",
    ],
    "recipes/logging.md": [
        "logging from multiprocessing workers",
        "QueueHandler",
        "QueueListener",
        "my logs from workers vanish",
        "taskName",
    ],
    "beyond/subinterpreters.md": [
        "InterpreterPoolExecutor",
        "concurrent.interpreters",
        "NotShareableError",
        "several interpreters in one process",
    ],
    "processes/pool-lifecycle.md": [
        "buffersize",
        "max_tasks_per_child",
        "terminate_workers",
        "kill_workers",
        "worker process memory keeps growing",
    ],
    "mistakes/swallowing-cancelled-error.md": [
        "except CancelledError",
        "asyncio timeout does not raise",
        "cancelled task keeps running",
    ],
    "mistakes/timeouts-do-not-stop-threads.md": [
        "to_thread timeout",
        "wait_for does not stop the thread",
        "thread keeps running after timeout",
    ],
    "mistakes/forking-a-process-that-has-threads.md": [
        "os.fork",
        "is multi-threaded, use of fork() may lead to deadlocks",
        "child process hangs after fork",
    ],
    "mistakes/exceptions-that-cannot-be-pickled.md": [
        "custom exception process pool",
        "missing 1 required positional argument exception pickle",
        "one failed job breaks the process pool",
    ],
}

# Held out: written before the ranking was tuned (front matter boosts, search
# settings, headings), and never tuned against, to check that the tuning helps
# readers in general and not only the searches above. Same shape as SEARCHES.
HELD_OUT: dict[str, list[str]] = {
    "start/waiting-vs-computing.md": ["cProfile", "is my code io bound or cpu bound"],
    "start/running-examples.md": ["what do the #> comments mean"],
    "threads/from-scratch.md": ["current_thread", "get a return value from a thread"],
    "threads/thread-pools.md": ["how do I stop a thread pool", "executor.map"],
    "threads/real-downloads.md": ["retry with backoff"],
    "threads/sharing-state.md": ["threading.Condition"],
    "threads/the-gil.md": ["python without the GIL"],
    "processes/process-pools.md": ["imap_unordered", "print from a worker process"],
    "processes/cpu-bound.md": ["more processes than cores"],
    "asyncio/coroutines.md": ["async def", "await in a jupyter notebook"],
    "asyncio/many-tasks.md": ["wait_for", "cancel an asyncio task"],
    "asyncio/limits-and-failures.md": ["Semaphore"],
    "asyncio/mixing-worlds.md": [
        "run_coroutine_threadsafe",
        "call a blocking library from asyncio",
    ],
    "choosing/decision-table.md": ["which one should I use"],
    "choosing/faq.md": ["is async faster than threads"],
    "beyond/other-tools.md": ["anyio"],
    "beyond/distributed.md": ["celery"],
    "mistakes/index.md": ["concurrency pitfalls"],
    "mistakes/measuring-without-perf-counter.md": ["elapsed time shows zero"],
    "mistakes/forgetting-join.md": ["thread results are empty"],
    "mistakes/joining-inside-the-start-loop.md": ["threads run sequentially"],
    "mistakes/exceptions-lost-in-unread-futures.md": [
        "exception in thread pool silently ignored"
    ],
    "mistakes/too-many-or-too-few-workers.md": ["how many threads should I use"],
    "mistakes/sharing-mutable-state-without-locks.md": ["race condition"],
    "mistakes/deadlock-by-lock-order.md": ["threads waiting for each other forever"],
    "mistakes/checking-empty-before-get.md": ["is queue.empty() reliable"],
    "mistakes/threads-on-cpu-bound-loops.md": [
        "multithreading slower than single thread"
    ],
    "mistakes/missing-main-guard.md": ["if __name__ == '__main__'"],
    "mistakes/pickling-a-lambda.md": ["PicklingError"],
    "mistakes/coroutine-never-awaited.md": ["async function does nothing"],
    "mistakes/lost-task-references.md": ["create_task garbage collected"],
    "mistakes/gather-without-cancelling-siblings.md": [
        "stop other tasks when one fails"
    ],
    "mistakes/unbounded-fan-out.md": ["thousands of requests at once fail"],
    "mistakes/blocking-calls-in-async-code.md": ["why is my async code slow"],
}

# Searches with more than one right answer: the other pages that answer them as
# well as the page they are listed under. Mostly a common mistake and the chapter
# section it links to, which teaches the same fix at more length.
ALSO_RIGHT: dict[str, tuple[str, ...]] = {
    # SEARCHES
    "perf_counter": ("start/waiting-vs-computing.md",),
    "results missing after starting threads": ("threads/from-scratch.md",),
    "my threads run one at a time": ("threads/from-scratch.md",),
    "max_workers": ("threads/thread-pools.md", "processes/process-pools.md"),
    "lost updates": ("threads/sharing-state.md",),
    "total comes out too small": ("threads/sharing-state.md",),
    "deadlock": ("threads/sharing-state.md",),
    "program hangs with two locks": ("threads/sharing-state.md",),
    "my threads are not faster": ("threads/the-gil.md",),
    "cpu-bound threads": ("threads/the-gil.md",),
    "process pool works on linux but not on mac": ("processes/process-pools.md",),
    "Can't pickle local object": ("processes/process-pools.md",),
    "lambda in a process pool": ("processes/process-pools.md",),
    "was never awaited": ("asyncio/coroutines.md",),
    "RuntimeWarning coroutine": ("asyncio/coroutines.md",),
    "Task was destroyed but it is pending": ("asyncio/many-tasks.md",),
    "background task disappears": ("asyncio/many-tasks.md",),
    "gather cancel siblings": ("asyncio/many-tasks.md",),
    "other tasks keep running after an error": ("asyncio/many-tasks.md",),
    "too many open files": ("asyncio/limits-and-failures.md",),
    "Errno 24": ("asyncio/limits-and-failures.md",),
    "blocking call in async": ("asyncio/mixing-worlds.md",),
    "asyncio no faster": ("asyncio/mixing-worlds.md",),
    "exception swallowed by executor": ("threads/thread-pools.md",),
    "unread future": ("threads/thread-pools.md",),
    "subinterpreters": ("beyond/subinterpreters.md",),
    "InterpreterPoolExecutor": ("beyond/other-tools.md",),
    "to_thread timeout": ("asyncio/mixing-worlds.md",),
    "os.fork": ("processes/process-pools.md",),
    "BrokenProcessPool": (
        "processes/process-pools.md",
        "processes/pool-lifecycle.md",
        "mistakes/exceptions-that-cannot-be-pickled.md",
    ),
    # HELD_OUT
    "Semaphore": ("threads/sharing-state.md",),
    "get a return value from a thread": ("threads/thread-pools.md",),
    "retry with backoff": ("asyncio/limits-and-failures.md",),
    "call a blocking library from asyncio": (
        "mistakes/blocking-calls-in-async-code.md",
    ),
    "threads run sequentially": (
        "threads/from-scratch.md",
        "mistakes/threads-on-cpu-bound-loops.md",
        "threads/the-gil.md",
    ),
    "exception in thread pool silently ignored": ("threads/thread-pools.md",),
    "how many threads should I use": ("threads/thread-pools.md",),
    "race condition": ("threads/sharing-state.md",),
    "threads waiting for each other forever": ("threads/sharing-state.md",),
    "multithreading slower than single thread": ("threads/the-gil.md",),
    "if __name__ == '__main__'": ("processes/process-pools.md",),
    "PicklingError": ("processes/process-pools.md",),
    "async function does nothing": ("asyncio/coroutines.md",),
    "create_task garbage collected": ("asyncio/many-tasks.md",),
    "stop other tasks when one fails": ("asyncio/many-tasks.md",),
    "thousands of requests at once fail": ("asyncio/limits-and-failures.md",),
    "why is my async code slow": ("asyncio/mixing-worlds.md",),
}
