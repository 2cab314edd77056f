import multiprocessing
from concurrent.futures import ProcessPoolExecutor

settings = {"size": "small"}  # a module-level value that main() changes


def read_size(job: int) -> str:
    return settings["size"]


def main() -> None:
    print(f"start methods here: {sorted(multiprocessing.get_all_start_methods())}")
    #> start methods here: ['fork', 'forkserver', 'spawn']
    settings["size"] = "large"  # changed in the parent, after the module was loaded
    for method in ("fork", "spawn", "forkserver"):
        context = multiprocessing.get_context(method)  # chosen here, not the default
        with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
            size = pool.submit(read_size, 0).result()
        print(f"{context.get_start_method():<10} the worker sees size={size!r}")
        #> fork       the worker sees size='large'
        #> spawn      the worker sees size='small'
        #> forkserver the worker sees size='small'


if __name__ == "__main__":
    main()
