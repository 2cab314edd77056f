import contextvars
import sys
import threading

request_id = contextvars.ContextVar("request_id", default="none")


def seen_by_a_new_thread(**options: object) -> str:
    seen: list[str] = []
    thread = threading.Thread(target=lambda: seen.append(request_id.get()), **options)
    thread.start()
    thread.join()
    return seen[0]


def main() -> None:
    request_id.set("req-7")
    # 1 by default on free-threaded 3.14 builds, 0 on the usual build
    inherit = getattr(sys.flags, "thread_inherit_context", None)  # new in 3.14
    print(f"sys.flags.thread_inherit_context: {inherit}")
    #> [3.12-3.13] sys.flags.thread_inherit_context: None
    #> [3.14+] sys.flags.thread_inherit_context: 0
    print(f"a new thread sees request_id = {seen_by_a_new_thread()!r}")
    #> a new thread sees request_id = 'none'
    if sys.version_info >= (3, 14):  # what a free-threaded build does by default:
        copied = seen_by_a_new_thread(context=contextvars.copy_context())
        print(f"with context=copy_context(): {copied!r}")
        #> [3.14+] with context=copy_context(): 'req-7'


if __name__ == "__main__":
    main()
