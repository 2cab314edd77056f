import multiprocessing
from multiprocessing import Process


def add_tag(tags: dict, tag: str) -> None:
    tags["plain list"].append(tag)  # changes a copy, in this process only
    tags["list proxy"].append(tag)  # a proxy: the change goes to the manager


def main() -> None:
    with multiprocessing.Manager() as manager:
        tags = manager.dict()
        tags["plain list"] = []  # stored in the manager as a value
        tags["list proxy"] = manager.list()  # stored as a proxy to a shared list
        workers = [Process(target=add_tag, args=(tags, t)) for t in ("a", "b")]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        print(f"plain list: {tags['plain list']}")
        #> plain list: []
        print(f"list proxy: {sorted(tags['list proxy'])}")
        #> list proxy: ['a', 'b']


if __name__ == "__main__":
    main()
