#!/usr/bin/env python3
"""Runs a command on a pseudo-terminal and holds a scripted conversation with it, as a person at a
keyboard would: wait until the output matches a pattern, then type an answer.

    pty_dialogue.py '[["pattern", "typed\\n"], ["pattern", "\\u0004"]]' -- command args...

Each pattern is a Python regular expression searched in the output received since the previous
match; each answer is written to the terminal (a lone "\\u0004" at the start of a line is Ctrl+D,
end of input, as the terminal's line discipline turns it). Prints one JSON object: "exit" (the exit
code, or -signal), "output" (everything the command wrote, stdout and stderr together as a terminal
shows them) and "unmatched" (the first pattern that did not appear within 60 s, else null).
"""
import json
import os
import pty
import re
import select
import sys
import time

WAIT_SECONDS = 60


def read_some(fd, deadline):
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        return None
    ready, _, _ = select.select([fd], [], [], remaining)
    if not ready:
        return None
    try:
        return os.read(fd, 65536)
    except OSError:  # EIO: the command closed the terminal (ended)
        return b""


def main():
    separator = sys.argv.index("--")
    dialogue = json.loads(sys.argv[1])
    command = sys.argv[separator + 1:]
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp(command[0], command)
    output = b""
    seen = 0
    unmatched = None
    for pattern, answer in dialogue:
        deadline = time.monotonic() + WAIT_SECONDS
        regex = re.compile(pattern.encode())
        while True:
            match = regex.search(output, seen)
            if match:
                seen = match.end()
                break
            chunk = read_some(fd, deadline)
            if not chunk:
                unmatched = pattern
                break
            output += chunk
        if unmatched is not None:
            break
        os.write(fd, answer.encode())
    deadline = time.monotonic() + WAIT_SECONDS
    while True:
        chunk = read_some(fd, deadline)
        if not chunk:
            break
        output += chunk
    ended, status = os.waitpid(pid, os.WNOHANG)
    if ended == 0:
        os.kill(pid, 9)
        _, status = os.waitpid(pid, 0)
    code = os.waitstatus_to_exitcode(status)
    print(json.dumps({"exit": code, "output": output.decode("utf-8", "replace"),
                      "unmatched": unmatched}))


if __name__ == "__main__":
    main()
