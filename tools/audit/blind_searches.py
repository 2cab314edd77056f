"""Reader searches written blind, to estimate how often a new reader's search works.

Three writers, each working alone, read the pages and wrote three searches per page
as readers would type them, with the page (or pages) that answers each; none of
them saw the tested searches (`tests/browser/search_queries.py`) or how the site
ranks results.
The first wrote freely, the second as a reader pasting an error, describing a
symptom or asking how to do something, the third as the brief of issue #8 puts it
(API names and everyday phrases of each chapter). The third set was kept back until
the site's ranking (`overrides/assets/javascripts/workers/search_ranking.js`) was
chosen with the first two, so it measures that choice fairly.

`make audit` prints the share of each set that finds a right page in the top three
(`tools/audit/search.py`). They are not tests: a page may be rewritten so that a
search no longer fits it, and these sets are not kept up to date with the pages.
"""

BLIND_SETS: dict[str, list[tuple[str, tuple[str, ...]]]] = {
    "first": [
        ("which chapter should i read first", ("index.md",)),
        ("overlap python concurrency verified", ("index.md",)),
        ("guide overview reading order", ("index.md",)),
        ("how to tell if code is io bound", ("start/waiting-vs-computing.md",)),
        ("cProfile sort by tottime", ("start/waiting-vs-computing.md",)),
        ("compare cpu time with elapsed time", ("start/waiting-vs-computing.md",)),
        ("OVERLAP_DEMO_URL", ("start/running-examples.md",)),
        ("run the code examples in my browser", ("start/running-examples.md",)),
        ("what do hatched bars in the timeline mean", ("start/running-examples.md",)),
        ("threading.Thread target args", ("threads/from-scratch.md",)),
        ("get a return value back from a thread", ("threads/from-scratch.md",)),
        ("daemon thread killed when program exits", ("threads/from-scratch.md",)),
        ("ThreadPoolExecutor submit result", ("threads/thread-pools.md",)),
        ("shutdown cancel_futures", ("threads/thread-pools.md",)),
        (
            "future.cancel returned false is the job still running",
            ("threads/thread-pools.md",),
        ),
        ("is requests Session thread safe", ("threads/real-downloads.md",)),
        ("retry 503 with exponential backoff", ("threads/real-downloads.md",)),
        (
            "download lots of images in parallel with requests",
            ("threads/real-downloads.md",),
        ),
        ("threading.Condition wait_for", ("threads/sharing-state.md",)),
        ("RLock same thread acquire twice", ("threads/sharing-state.md",)),
        ("stop consumer threads with a sentinel", ("threads/sharing-state.md",)),
        ("sys._is_gil_enabled", ("threads/the-gil.md",)),
        ("does hashlib release the gil", ("threads/the-gil.md",)),
        ("sys.setswitchinterval 5 ms", ("threads/the-gil.md",)),
        ("multiprocessing Pool imap_unordered", ("processes/process-pools.md",)),
        ("fork vs spawn vs forkserver", ("processes/process-pools.md",)),
        (
            "send a big array to worker processes without copying",
            ("processes/process-pools.md",),
        ),
        ("process pool slower than a plain loop", ("processes/cpu-bound.md",)),
        ("numba prange parallel", ("processes/cpu-bound.md",)),
        ("speedup stops growing past number of cores", ("processes/cpu-bound.md",)),
        (
            "asyncio.run() cannot be called from a running event loop",
            ("asyncio/coroutines.md", "asyncio/mixing-worlds.md"),
        ),
        ("await in a jupyter notebook cell", ("asyncio/coroutines.md",)),
        ("how are coroutines built on generators", ("asyncio/coroutines.md",)),
        ("asyncio.wait_for timeout", ("asyncio/many-tasks.md",)),
        ("stop a running asyncio task and clean up", ("asyncio/many-tasks.md",)),
        (
            "run coroutines at once and keep results in order",
            ("asyncio/many-tasks.md",),
        ),
        ("gather return_exceptions=True", ("asyncio/limits-and-failures.md",)),
        ("aiohttp TCPConnector limit", ("asyncio/limits-and-failures.md",)),
        (
            "httpx slow with many concurrent requests",
            ("asyncio/limits-and-failures.md",),
        ),
        ("loop.run_in_executor process pool", ("asyncio/mixing-worlds.md",)),
        ("run_coroutine_threadsafe", ("asyncio/mixing-worlds.md",)),
        (
            "hand data from a callback thread to the event loop",
            ("asyncio/mixing-worlds.md",),
        ),
        ("threads vs processes vs asyncio which one", ("choosing/decision-table.md",)),
        ("cheat sheet which tool for which job", ("choosing/decision-table.md",)),
        (
            "pick the right concurrency approach for my program",
            ("choosing/decision-table.md",),
        ),
        ("is asyncio faster than threading", ("choosing/faq.md",)),
        ("wsgi asgi flask fastapi", ("choosing/faq.md",)),
        ("do i even need concurrency", ("choosing/faq.md",)),
        ("gevent monkey patch_all", ("beyond/other-tools.md",)),
        ("trio nursery cancel scope", ("beyond/other-tools.md",)),
        ("InterpreterPoolExecutor subinterpreters", ("beyond/other-tools.md",)),
        ("dask distributed LocalCluster", ("beyond/distributed.md",)),
        ("celery or ray", ("beyond/distributed.md",)),
        ("spread work across several machines", ("beyond/distributed.md",)),
        ("common concurrency pitfalls", ("mistakes/index.md",)),
        ("list of typical threading and asyncio bugs", ("mistakes/index.md",)),
        ("mistakes with symptoms broken and fixed", ("mistakes/index.md",)),
        (
            "process_time says 0 for a sleep",
            ("mistakes/measuring-without-perf-counter.md",),
        ),
        (
            "measured duration came out negative",
            (
                "mistakes/measuring-without-perf-counter.md",
                "start/waiting-vs-computing.md",
            ),
        ),
        (
            "time.time vs perf_counter",
            (
                "mistakes/measuring-without-perf-counter.md",
                "start/waiting-vs-computing.md",
            ),
        ),
        (
            "results list empty after starting threads",
            ("mistakes/forgetting-join.md", "threads/from-scratch.md"),
        ),
        (
            "threads finished in 0.0 seconds",
            ("mistakes/forgetting-join.md", "threads/from-scratch.md"),
        ),
        (
            "forgot to join threads",
            ("mistakes/forgetting-join.md", "threads/from-scratch.md"),
        ),
        (
            "join right after start in the loop",
            ("mistakes/joining-inside-the-start-loop.md", "threads/from-scratch.md"),
        ),
        (
            "my sleeping threads run one by one instead of together",
            ("mistakes/joining-inside-the-start-loop.md", "threads/from-scratch.md"),
        ),
        (
            "t.start() t.join() same for loop slow",
            ("mistakes/joining-inside-the-start-loop.md", "threads/from-scratch.md"),
        ),
        (
            "threadpoolexecutor exception swallowed",
            (
                "mistakes/exceptions-lost-in-unread-futures.md",
                "threads/thread-pools.md",
            ),
        ),
        (
            "job failed silently no error printed",
            (
                "mistakes/exceptions-lost-in-unread-futures.md",
                "threads/thread-pools.md",
            ),
        ),
        (
            "no traceback from submitted task",
            (
                "mistakes/exceptions-lost-in-unread-futures.md",
                "threads/thread-pools.md",
            ),
        ),
        (
            "how many threads should my downloader use",
            ("mistakes/too-many-or-too-few-workers.md", "threads/thread-pools.md"),
        ),
        (
            "429 too many requests with 64 workers",
            ("mistakes/too-many-or-too-few-workers.md", "threads/thread-pools.md"),
        ),
        (
            "thread pool barely faster than one at a time",
            ("mistakes/too-many-or-too-few-workers.md",),
        ),
        (
            "is counter += 1 thread safe",
            (
                "mistakes/sharing-mutable-state-without-locks.md",
                "threads/sharing-state.md",
            ),
        ),
        (
            "total too small when several threads add to it",
            (
                "mistakes/sharing-mutable-state-without-locks.md",
                "threads/sharing-state.md",
            ),
        ),
        (
            "race condition lost updates",
            (
                "mistakes/sharing-mutable-state-without-locks.md",
                "threads/sharing-state.md",
            ),
        ),
        (
            "program hangs with two locks",
            ("mistakes/deadlock-by-lock-order.md", "threads/sharing-state.md"),
        ),
        (
            "deadlock lock ordering",
            ("mistakes/deadlock-by-lock-order.md", "threads/sharing-state.md"),
        ),
        (
            "threads stuck waiting on each other forever",
            ("mistakes/deadlock-by-lock-order.md", "threads/sharing-state.md"),
        ),
        (
            "threads not faster for cpu heavy python loop",
            ("mistakes/threads-on-cpu-bound-loops.md", "threads/the-gil.md"),
        ),
        (
            "multithreading no speedup on multicore",
            ("mistakes/threads-on-cpu-bound-loops.md", "threads/the-gil.md"),
        ),
        (
            "only one core busy with many threads",
            ("mistakes/threads-on-cpu-bound-loops.md", "threads/the-gil.md"),
        ),
        (
            "BrokenProcessPool",
            ("mistakes/missing-main-guard.md", "processes/process-pools.md"),
        ),
        (
            "before the current process has finished its bootstrapping phase",
            ("mistakes/missing-main-guard.md", "processes/process-pools.md"),
        ),
        (
            "process pool works on linux but crashes on mac",
            ("mistakes/missing-main-guard.md", "processes/process-pools.md"),
        ),
        (
            "Can't pickle local object",
            ("mistakes/pickling-a-lambda.md", "processes/process-pools.md"),
        ),
        (
            "PicklingError lambda attribute lookup failed",
            ("mistakes/pickling-a-lambda.md", "processes/process-pools.md"),
        ),
        (
            "use a lambda with ProcessPoolExecutor",
            ("mistakes/pickling-a-lambda.md", "processes/process-pools.md"),
        ),
        (
            "RuntimeWarning: coroutine was never awaited",
            ("mistakes/coroutine-never-awaited.md", "asyncio/coroutines.md"),
        ),
        (
            "my async function never runs",
            ("mistakes/coroutine-never-awaited.md", "asyncio/coroutines.md"),
        ),
        (
            "forgot await nothing happens",
            ("mistakes/coroutine-never-awaited.md", "asyncio/coroutines.md"),
        ),
        (
            "Task was destroyed but it is pending",
            ("mistakes/lost-task-references.md", "asyncio/many-tasks.md"),
        ),
        (
            "background task disappears garbage collected",
            ("mistakes/lost-task-references.md", "asyncio/many-tasks.md"),
        ),
        (
            "RUF006 dangling task",
            ("mistakes/lost-task-references.md", "asyncio/many-tasks.md"),
        ),
        (
            "gather one fails others keep running",
            ("mistakes/gather-without-cancelling-siblings.md", "asyncio/many-tasks.md"),
        ),
        (
            "cancel the other tasks when one fails",
            ("mistakes/gather-without-cancelling-siblings.md", "asyncio/many-tasks.md"),
        ),
        (
            "card still charged after gather raised",
            ("mistakes/gather-without-cancelling-siblings.md", "asyncio/many-tasks.md"),
        ),
        (
            "OSError Errno 24 Too many open files",
            ("mistakes/unbounded-fan-out.md", "asyncio/limits-and-failures.md"),
        ),
        (
            "aiohttp ClientConnectorError with 1000 requests",
            ("mistakes/unbounded-fan-out.md", "asyncio/limits-and-failures.md"),
        ),
        (
            "works with ten items fails with a thousand",
            ("mistakes/unbounded-fan-out.md",),
        ),
        (
            "time.sleep inside async def blocks everything",
            ("mistakes/blocking-calls-in-async-code.md", "asyncio/mixing-worlds.md"),
        ),
        (
            "requests.get inside a coroutine",
            ("mistakes/blocking-calls-in-async-code.md", "asyncio/mixing-worlds.md"),
        ),
        (
            "asyncio no faster than sequential",
            ("mistakes/blocking-calls-in-async-code.md", "asyncio/mixing-worlds.md"),
        ),
        ("make bench", ("benchmarks.md",)),
        ("reproduce the benchmark numbers", ("benchmarks.md",)),
        ("median and spread of repeated runs", ("benchmarks.md",)),
        (
            "running_server context manager",
            ("reference/api.md", "start/running-examples.md"),
        ),
        ("overlap.timeline record_script", ("reference/api.md",)),
        ("demo server routes api items", ("reference/api.md",)),
        ("make update-examples", ("contributing.md",)),
        ("add my own example to the guide", ("contributing.md",)),
        ("how to submit a pull request", ("contributing.md",)),
    ],
    "second": [
        ("what is the overlap guide", ("index.md",)),
        ("lost in the guide, where to begin", ("index.md",)),
        ("which order should a beginner read chapters", ("index.md",)),
        ("cProfile -s tottime", ("start/waiting-vs-computing.md",)),
        ("cpu usage near zero but script slow", ("start/waiting-vs-computing.md",)),
        ("how to tell io bound or cpu bound", ("start/waiting-vs-computing.md",)),
        ("can't start new thread in browser", ("start/running-examples.md",)),
        ("my timing differs from the page", ("start/running-examples.md",)),
        ("how to start the local demo server", ("start/running-examples.md",)),
        ("RuntimeError threads can only be started once", ("threads/from-scratch.md",)),
        ("background thread killed when program exits", ("threads/from-scratch.md",)),
        ("how to get return value from a thread", ("threads/from-scratch.md",)),
        ("shutdown cancel_futures=True", ("threads/thread-pools.md",)),
        ("result timeout fired but job keeps running", ("threads/thread-pools.md",)),
        ("as_completed or executor map, which order", ("threads/thread-pools.md",)),
        ("requests session thread safety", ("threads/real-downloads.md",)),
        ("download hangs forever server never answers", ("threads/real-downloads.md",)),
        (
            "retry failed downloads with exponential backoff",
            ("threads/real-downloads.md",),
        ),
        (
            "BoundedSemaphore ValueError released too many times",
            ("threads/sharing-state.md",),
        ),
        ("thread hangs taking a lock it already holds", ("threads/sharing-state.md",)),
        ("stop consumer threads reading from a queue", ("threads/sharing-state.md",)),
        ("sys.setswitchinterval", ("threads/the-gil.md",)),
        ("request thread slow while another thread computes", ("threads/the-gil.md",)),
        ("how to check if python is free threaded", ("threads/the-gil.md",)),
        (
            "shared_memory leaked resource_tracker warning",
            ("processes/process-pools.md",),
        ),
        (
            "prints from worker processes come out jumbled",
            ("processes/process-pools.md",),
        ),
        ("fork vs spawn which start method", ("processes/process-pools.md",)),
        ("OMP_NUM_THREADS inside process pool workers", ("processes/cpu-bound.md",)),
        ("more processes than cores no faster", ("processes/cpu-bound.md",)),
        ("put numpy matrix math in a process pool", ("processes/cpu-bound.md",)),
        ("asyncio.run jupyter running event loop", ("asyncio/coroutines.md",)),
        ("awaiting my own coroutine doesn't switch tasks", ("asyncio/coroutines.md",)),
        ("coroutine vs generator under the hood", ("asyncio/coroutines.md",)),
        ("asyncio.timeout vs wait_for", ("asyncio/many-tasks.md",)),
        ("caught CancelledError now timeout broken", ("asyncio/many-tasks.md",)),
        ("start a task now and await it later", ("asyncio/many-tasks.md",)),
        ("gather return_exceptions=True", ("asyncio/limits-and-failures.md",)),
        (
            "httpx high cpu with many concurrent requests",
            ("asyncio/limits-and-failures.md",),
        ),
        (
            "asyncio semaphore or fixed size batches",
            ("asyncio/limits-and-failures.md",),
        ),
        ("run_coroutine_threadsafe", ("asyncio/mixing-worlds.md",)),
        (
            "event loop freezes now and then, find culprit",
            ("asyncio/mixing-worlds.md",),
        ),
        (
            "run cpu heavy function from asyncio without blocking",
            ("asyncio/mixing-worlds.md",),
        ),
        ("threading vs multiprocessing vs asyncio", ("choosing/decision-table.md",)),
        (
            "program both waits and computes, which tool",
            ("choosing/decision-table.md",),
        ),
        ("which concurrency approach should i pick", ("choosing/decision-table.md",)),
        ("wsgi vs asgi", ("choosing/faq.md",)),
        ("async version no faster than threads", ("choosing/faq.md",)),
        ("will python get rid of the gil", ("choosing/faq.md",)),
        ("gevent monkey.patch_all", ("beyond/other-tools.md",)),
        (
            "greenlets still run one after another after patching",
            ("beyond/other-tools.md",),
        ),
        ("trio or asyncio for a new project", ("beyond/other-tools.md",)),
        ("DASK_SCHEDULER_ADDRESS", ("beyond/distributed.md",)),
        ("one machine doesn't have enough cores", ("beyond/distributed.md",)),
        ("celery or dask for background jobs", ("beyond/distributed.md",)),
        ("concurrency pitfalls checklist", ("mistakes/index.md",)),
        ("my concurrent code misbehaves, not sure why", ("mistakes/index.md",)),
        ("bugs to avoid with threads and asyncio", ("mistakes/index.md",)),
        (
            "process_time around sleep shows 0",
            ("mistakes/measuring-without-perf-counter.md",),
        ),
        (
            "elapsed time came out negative",
            (
                "mistakes/measuring-without-perf-counter.md",
                "start/waiting-vs-computing.md",
            ),
        ),
        (
            "best clock to time a function",
            (
                "mistakes/measuring-without-perf-counter.md",
                "start/waiting-vs-computing.md",
            ),
        ),
        (
            "thread.start returns before work is done",
            ("mistakes/forgetting-join.md", "threads/from-scratch.md"),
        ),
        (
            "results list empty after starting threads",
            ("mistakes/forgetting-join.md", "threads/from-scratch.md"),
        ),
        (
            "wait for my threads before using results",
            ("mistakes/forgetting-join.md", "threads/from-scratch.md"),
        ),
        (
            "join() inside for loop after start()",
            ("mistakes/joining-inside-the-start-loop.md", "threads/from-scratch.md"),
        ),
        (
            "ten sleeping threads take ten times longer",
            ("mistakes/joining-inside-the-start-loop.md", "threads/from-scratch.md"),
        ),
        (
            "right loop structure to start and join threads",
            ("mistakes/joining-inside-the-start-loop.md", "threads/from-scratch.md"),
        ),
        (
            "executor.submit exception never shown",
            (
                "mistakes/exceptions-lost-in-unread-futures.md",
                "threads/thread-pools.md",
            ),
        ),
        (
            "pool job failed silently, no traceback",
            (
                "mistakes/exceptions-lost-in-unread-futures.md",
                "threads/thread-pools.md",
            ),
        ),
        (
            "how to catch errors from submitted jobs",
            (
                "mistakes/exceptions-lost-in-unread-futures.md",
                "threads/thread-pools.md",
            ),
        ),
        (
            "max_workers 429 too many requests",
            ("mistakes/too-many-or-too-few-workers.md", "threads/thread-pools.md"),
        ),
        (
            "more workers and server starts refusing",
            ("mistakes/too-many-or-too-few-workers.md", "threads/thread-pools.md"),
        ),
        (
            "how many workers for a download pool",
            ("mistakes/too-many-or-too-few-workers.md", "threads/thread-pools.md"),
        ),
        (
            "counter += 1 not atomic threads",
            (
                "mistakes/sharing-mutable-state-without-locks.md",
                "threads/sharing-state.md",
            ),
        ),
        (
            "shared total too small with threads, no error",
            (
                "mistakes/sharing-mutable-state-without-locks.md",
                "threads/sharing-state.md",
            ),
        ),
        (
            "safely increment a counter from many threads",
            (
                "mistakes/sharing-mutable-state-without-locks.md",
                "threads/sharing-state.md",
            ),
        ),
        (
            "deadlock acquiring two locks opposite order",
            ("mistakes/deadlock-by-lock-order.md", "threads/sharing-state.md"),
        ),
        (
            "program hangs forever, threads waiting, zero cpu",
            ("mistakes/deadlock-by-lock-order.md", "threads/sharing-state.md"),
        ),
        (
            "avoid deadlock with multiple locks",
            ("mistakes/deadlock-by-lock-order.md", "threads/sharing-state.md"),
        ),
        (
            "ThreadPoolExecutor cpu bound no speedup",
            ("mistakes/threads-on-cpu-bound-loops.md", "threads/the-gil.md"),
        ),
        (
            "added threads but calculation not any faster",
            ("mistakes/threads-on-cpu-bound-loops.md", "threads/the-gil.md"),
        ),
        (
            "fix slow threaded pure python loop",
            ("mistakes/threads-on-cpu-bound-loops.md", "threads/the-gil.md"),
        ),
        (
            "current process has finished its bootstrapping phase",
            ("mistakes/missing-main-guard.md", "processes/process-pools.md"),
        ),
        (
            "process pool works on linux fails on mac",
            ("mistakes/missing-main-guard.md", "processes/process-pools.md"),
        ),
        (
            "do i need __main__ guard for multiprocessing",
            ("mistakes/missing-main-guard.md", "processes/process-pools.md"),
        ),
        (
            "can't pickle local object lambda",
            ("mistakes/pickling-a-lambda.md", "processes/process-pools.md"),
        ),
        (
            "process pool fails with nested function",
            ("mistakes/pickling-a-lambda.md", "processes/process-pools.md"),
        ),
        (
            "replace lambda with partial for process pool",
            ("mistakes/pickling-a-lambda.md", "processes/process-pools.md"),
        ),
        (
            "RuntimeWarning coroutine was never awaited",
            ("mistakes/coroutine-never-awaited.md", "asyncio/coroutines.md"),
        ),
        (
            "called async function but nothing happens",
            ("mistakes/coroutine-never-awaited.md", "asyncio/coroutines.md"),
        ),
        (
            "turn never awaited warning into an error",
            ("mistakes/coroutine-never-awaited.md", "asyncio/coroutines.md"),
        ),
        (
            "Task was destroyed but it is pending",
            ("mistakes/lost-task-references.md", "asyncio/many-tasks.md"),
        ),
        (
            "background task silently vanishes sometimes",
            ("mistakes/lost-task-references.md", "asyncio/many-tasks.md"),
        ),
        (
            "fire and forget create_task safely",
            ("mistakes/lost-task-references.md", "asyncio/many-tasks.md"),
        ),
        (
            "asyncio.gather exception other tasks keep running",
            ("mistakes/gather-without-cancelling-siblings.md", "asyncio/many-tasks.md"),
        ),
        (
            "other coroutines still ran after gather error",
            ("mistakes/gather-without-cancelling-siblings.md", "asyncio/many-tasks.md"),
        ),
        (
            "cancel remaining tasks when one fails",
            ("mistakes/gather-without-cancelling-siblings.md", "asyncio/many-tasks.md"),
        ),
        (
            "OSError Errno 24 too many open files",
            ("mistakes/unbounded-fan-out.md", "asyncio/limits-and-failures.md"),
        ),
        (
            "works with 10 urls, fails with 1000",
            ("mistakes/unbounded-fan-out.md", "asyncio/limits-and-failures.md"),
        ),
        (
            "limit open sockets in async crawler",
            ("mistakes/unbounded-fan-out.md", "asyncio/limits-and-failures.md"),
        ),
        (
            "requests.get inside async def",
            ("mistakes/blocking-calls-in-async-code.md", "asyncio/mixing-worlds.md"),
        ),
        (
            "asyncio gather still runs one at a time",
            ("mistakes/blocking-calls-in-async-code.md", "asyncio/mixing-worlds.md"),
        ),
        (
            "use urllib in asyncio without blocking",
            ("mistakes/blocking-calls-in-async-code.md", "asyncio/mixing-worlds.md"),
        ),
        ("make bench QUICK=1", ("benchmarks.md",)),
        ("fib(35) on threads slower than sequential", ("benchmarks.md",)),
        (
            "median or minimum for benchmark timings",
            ("benchmarks.md", "processes/cpu-bound.md"),
        ),
        ("overlap.timeline record_script", ("reference/api.md",)),
        ("demo server from notebook without a terminal", ("reference/api.md",)),
        ("demo server routes and settings", ("reference/api.md",)),
        ("make update-examples", ("contributing.md",)),
        ("test fails, playground record out of date", ("contributing.md",)),
        ("how to add a new example", ("contributing.md",)),
    ],
    "third": [
        ("where should i start reading", ("index.md",)),
        ("order to read the chapters", ("index.md",)),
        ("what is this guide about", ("index.md",)),
        ("cProfile", ("start/waiting-vs-computing.md",)),
        ("io bound or cpu bound", ("start/waiting-vs-computing.md",)),
        ("wall time vs cpu time", ("start/waiting-vs-computing.md",)),
        ("OVERLAP_DEMO_URL", ("start/running-examples.md",)),
        ("run the examples in my browser", ("start/running-examples.md",)),
        ("what do the #> comments mean", ("start/running-examples.md",)),
        ("threading.Thread", ("threads/from-scratch.md",)),
        ("current_thread", ("threads/from-scratch.md",)),
        ("daemon thread killed at exit", ("threads/from-scratch.md",)),
        ("ThreadPoolExecutor", ("threads/thread-pools.md",)),
        ("cancel_futures", ("threads/thread-pools.md",)),
        (
            "how many threads in a pool",
            ("threads/thread-pools.md", "mistakes/too-many-or-too-few-workers.md"),
        ),
        ("raise_for_status", ("threads/real-downloads.md",)),
        ("requests session per thread", ("threads/real-downloads.md",)),
        ("retry failed downloads with backoff", ("threads/real-downloads.md",)),
        ("RLock", ("threads/sharing-state.md",)),
        ("BoundedSemaphore", ("threads/sharing-state.md",)),
        ("producer consumer threads queue", ("threads/sharing-state.md",)),
        ("sys._is_gil_enabled", ("threads/the-gil.md",)),
        ("what is the global interpreter lock", ("threads/the-gil.md",)),
        ("does zlib release the gil", ("threads/the-gil.md",)),
        ("ProcessPoolExecutor", ("processes/process-pools.md",)),
        ("multiprocessing.shared_memory", ("processes/process-pools.md",)),
        ("fork vs spawn start method", ("processes/process-pools.md",)),
        ("OMP_NUM_THREADS", ("processes/cpu-bound.md",)),
        ("numba prange", ("processes/cpu-bound.md",)),
        ("more processes than cores no faster", ("processes/cpu-bound.md",)),
        ("asyncio.run", ("asyncio/coroutines.md",)),
        ("await in jupyter notebook", ("asyncio/coroutines.md",)),
        ("how coroutines relate to generators", ("asyncio/coroutines.md",)),
        ("asyncio.timeout", ("asyncio/many-tasks.md",)),
        ("CancelledError", ("asyncio/many-tasks.md",)),
        ("run several coroutines at once", ("asyncio/many-tasks.md",)),
        ("return_exceptions=True", ("asyncio/limits-and-failures.md",)),
        ("aiohttp TCPConnector", ("asyncio/limits-and-failures.md",)),
        ("limit concurrent requests in asyncio", ("asyncio/limits-and-failures.md",)),
        ("run_in_executor", ("asyncio/mixing-worlds.md",)),
        ("run_coroutine_threadsafe", ("asyncio/mixing-worlds.md",)),
        (
            "call async function from sync code",
            ("asyncio/mixing-worlds.md", "asyncio/coroutines.md"),
        ),
        ("which concurrency tool should i use", ("choosing/decision-table.md",)),
        ("threads vs processes vs asyncio", ("choosing/decision-table.md",)),
        ("decide between threads and processes", ("choosing/decision-table.md",)),
        ("ASGI vs WSGI", ("choosing/faq.md",)),
        ("is async faster than threads", ("choosing/faq.md",)),
        ("do i even need concurrency", ("choosing/faq.md",)),
        ("monkey.patch_all", ("beyond/other-tools.md",)),
        ("InterpreterPoolExecutor", ("beyond/other-tools.md",)),
        ("green threads for blocking code", ("beyond/other-tools.md",)),
        ("LocalCluster", ("beyond/distributed.md",)),
        ("celery or ray", ("beyond/distributed.md",)),
        ("spread work across several machines", ("beyond/distributed.md",)),
        ("typical concurrency pitfalls", ("mistakes/index.md",)),
        ("list of bugs and their symptoms", ("mistakes/index.md",)),
        ("what goes wrong in concurrent python", ("mistakes/index.md",)),
        (
            "perf_counter vs time.time",
            (
                "mistakes/measuring-without-perf-counter.md",
                "start/waiting-vs-computing.md",
            ),
        ),
        (
            "process_time shows zero for sleep",
            (
                "mistakes/measuring-without-perf-counter.md",
                "start/waiting-vs-computing.md",
            ),
        ),
        (
            "elapsed time comes out negative",
            (
                "mistakes/measuring-without-perf-counter.md",
                "start/waiting-vs-computing.md",
            ),
        ),
        (
            "timing threads says zero seconds",
            ("mistakes/forgetting-join.md", "threads/from-scratch.md"),
        ),
        (
            "results missing after starting threads",
            ("mistakes/forgetting-join.md", "threads/from-scratch.md"),
        ),
        (
            "never called join on threads",
            ("mistakes/forgetting-join.md", "threads/from-scratch.md"),
        ),
        (
            "calling join right after start",
            ("mistakes/joining-inside-the-start-loop.md", "threads/from-scratch.md"),
        ),
        (
            "threads wait one after another",
            ("mistakes/joining-inside-the-start-loop.md", "threads/from-scratch.md"),
        ),
        (
            "join in the same for loop",
            ("mistakes/joining-inside-the-start-loop.md", "threads/from-scratch.md"),
        ),
        (
            "exception in submit silently ignored",
            (
                "mistakes/exceptions-lost-in-unread-futures.md",
                "threads/thread-pools.md",
            ),
        ),
        (
            "pool job failed but no traceback",
            (
                "mistakes/exceptions-lost-in-unread-futures.md",
                "threads/thread-pools.md",
            ),
        ),
        (
            "future exception never raised",
            (
                "mistakes/exceptions-lost-in-unread-futures.md",
                "threads/thread-pools.md",
            ),
        ),
        (
            "too many threads server returns 429",
            ("mistakes/too-many-or-too-few-workers.md", "threads/thread-pools.md"),
        ),
        (
            "pool barely faster than sequential",
            ("mistakes/too-many-or-too-few-workers.md", "threads/thread-pools.md"),
        ),
        (
            "more workers than the server allows",
            ("mistakes/too-many-or-too-few-workers.md", "threads/thread-pools.md"),
        ),
        (
            "shared counter total too small",
            (
                "mistakes/sharing-mutable-state-without-locks.md",
                "threads/sharing-state.md",
            ),
        ),
        (
            "threads updating dict without lock",
            (
                "mistakes/sharing-mutable-state-without-locks.md",
                "threads/sharing-state.md",
            ),
        ),
        (
            "need a lock for shared variable",
            (
                "mistakes/sharing-mutable-state-without-locks.md",
                "threads/sharing-state.md",
            ),
        ),
        (
            "program hangs with two locks",
            ("mistakes/deadlock-by-lock-order.md", "threads/sharing-state.md"),
        ),
        (
            "acquire locks in opposite order",
            ("mistakes/deadlock-by-lock-order.md", "threads/sharing-state.md"),
        ),
        (
            "threads stuck waiting forever",
            ("mistakes/deadlock-by-lock-order.md", "threads/sharing-state.md"),
        ),
        (
            "threads no faster on cpu loop",
            ("mistakes/threads-on-cpu-bound-loops.md", "threads/the-gil.md"),
        ),
        (
            "multithreading slower than single thread",
            ("mistakes/threads-on-cpu-bound-loops.md", "threads/the-gil.md"),
        ),
        (
            "split computation over threads no speedup",
            ("mistakes/threads-on-cpu-bound-loops.md", "threads/the-gil.md"),
        ),
        (
            "BrokenProcessPool",
            ("mistakes/missing-main-guard.md", "processes/process-pools.md"),
        ),
        (
            "if __name__ == __main__ guard",
            ("mistakes/missing-main-guard.md", "processes/process-pools.md"),
        ),
        (
            "pool works on linux not mac",
            ("mistakes/missing-main-guard.md", "processes/process-pools.md"),
        ),
        (
            "PicklingError",
            ("mistakes/pickling-a-lambda.md", "processes/process-pools.md"),
        ),
        (
            "lambda in process pool fails",
            ("mistakes/pickling-a-lambda.md", "processes/process-pools.md"),
        ),
        (
            "cant pickle local function",
            ("mistakes/pickling-a-lambda.md", "processes/process-pools.md"),
        ),
        (
            "RuntimeWarning was never awaited",
            ("mistakes/coroutine-never-awaited.md", "asyncio/coroutines.md"),
        ),
        (
            "async function call does nothing",
            ("mistakes/coroutine-never-awaited.md", "asyncio/coroutines.md"),
        ),
        (
            "forgot the await keyword",
            ("mistakes/coroutine-never-awaited.md", "asyncio/coroutines.md"),
        ),
        (
            "Task was destroyed but it is pending",
            ("mistakes/lost-task-references.md", "asyncio/many-tasks.md"),
        ),
        (
            "create_task garbage collected",
            ("mistakes/lost-task-references.md", "asyncio/many-tasks.md"),
        ),
        (
            "background task disappears",
            ("mistakes/lost-task-references.md", "asyncio/many-tasks.md"),
        ),
        (
            "gather does not cancel other tasks",
            ("mistakes/gather-without-cancelling-siblings.md", "asyncio/many-tasks.md"),
        ),
        (
            "asyncio.gather exception others keep running",
            ("mistakes/gather-without-cancelling-siblings.md", "asyncio/many-tasks.md"),
        ),
        (
            "gather or TaskGroup",
            ("mistakes/gather-without-cancelling-siblings.md", "asyncio/many-tasks.md"),
        ),
        (
            "Errno 24 too many open files",
            ("mistakes/unbounded-fan-out.md", "asyncio/limits-and-failures.md"),
        ),
        (
            "ClientConnectorError",
            ("mistakes/unbounded-fan-out.md", "asyncio/limits-and-failures.md"),
        ),
        (
            "thousand requests at once fail",
            ("mistakes/unbounded-fan-out.md", "asyncio/limits-and-failures.md"),
        ),
        (
            "time.sleep inside async def",
            ("mistakes/blocking-calls-in-async-code.md", "asyncio/mixing-worlds.md"),
        ),
        (
            "urllib in asyncio blocks other tasks",
            ("mistakes/blocking-calls-in-async-code.md", "asyncio/mixing-worlds.md"),
        ),
        (
            "async tasks run one by one",
            ("mistakes/blocking-calls-in-async-code.md", "asyncio/mixing-worlds.md"),
        ),
        ("make bench", ("benchmarks.md",)),
        ("median and spread of runs", ("benchmarks.md",)),
        ("published benchmark figures reproduced", ("benchmarks.md",)),
        ("running_server", ("reference/api.md",)),
        ("record_script", ("reference/api.md",)),
        (
            "start demo server inside a test",
            ("reference/api.md", "start/running-examples.md"),
        ),
        ("make update-examples", ("contributing.md",)),
        ("how to add a new example", ("contributing.md",)),
        ("send a pull request", ("contributing.md",)),
    ],
}
