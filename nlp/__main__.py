"""`python -m nlp COMMAND …`: segmentation, extraction and classification from the shell."""
from __future__ import annotations

import importlib
import sys

# Each command lives in its own module, imported only when asked for (jieba and scikit-learn are slow to load).
COMMANDS = {
    "segment": ("nlp.segment", "Segment text from stdin with the project's dictionaries"),
    "extract": ("nlp.extract", "Extract dates, counts and named units from stdin as JSON"),
    "classify": ("nlp.classifier.cli", "Tag JSON-lines stories with action and theme labels"),
}


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] in {"-h", "--help"} or argv[0] not in COMMANDS:
        print("usage: python -m nlp COMMAND [options]\n\ncommands:")
        for name, (_, help_text) in COMMANDS.items():
            print(f"  {name:<10} {help_text}")
        return 0 if argv and argv[0] in {"-h", "--help"} else 2
    module = importlib.import_module(COMMANDS[argv[0]][0])
    return int(module.main(argv[1:]) or 0)


if __name__ == "__main__":
    sys.exit(main())
