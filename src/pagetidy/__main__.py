"""``python -m pagetidy``: the same as the ``pagetidy`` command."""

from pagetidy.cli import main

if __name__ == "__main__":
    main()
