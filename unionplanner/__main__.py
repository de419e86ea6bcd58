import multiprocessing
import sys

if __name__ == "__main__":
    # the frozen app's reading worker (unionplanner.core.isolation) starts this executable
    # again; freeze_support runs the worker there instead of the program
    multiprocessing.freeze_support()
    from unionplanner.cli import main

    sys.exit(main())
