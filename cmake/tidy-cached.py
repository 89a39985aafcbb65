#!/usr/bin/env python3
"""clang-tidy over app/, skipping the files whose every input is unchanged since a clean run.

What ccache is for the compiler, this is for clang-tidy (the `tidy` target runs it): a file's
result depends only on clang-tidy's version, the .clang-tidy configuration, its compile command
and the contents of the source and every file it includes — all of which the build already
knows (`ninja -t deps`, recorded while compiling). A file that passed with exactly these inputs
passes again, so only the changed ones are checked; on a 2-core machine that turns ~15 minutes
into the time of the files that changed.

Guarantees: a file with any finding is never recorded, so it is checked (and fails) every run;
a file the build has no dependency record for (not compiled yet) is always checked; paths
inside the source and build trees are hashed relative to them, so clones at different paths
share results. The cache is plain empty files named by the key, in
$FORNAX_TIDY_CACHE or ~/.cache/fornax-desktop/tidy; deleting it only costs time.
"""
import argparse
import concurrent.futures
import hashlib
import json
import os
import re
import subprocess
import sys
import time


def file_digest(path, memo):
    """sha256 of a file's contents (memoised: Qt's headers are included by every file)."""
    if path not in memo:
        try:
            with open(path, 'rb') as handle:
                memo[path] = hashlib.sha256(handle.read()).hexdigest()
        except OSError:
            memo[path] = 'missing'
    return memo[path]


def ninja_deps(build):
    """{object path relative to the build: [absolute input paths]} from the build's records."""
    out = subprocess.run(['ninja', '-C', build, '-t', 'deps'], capture_output=True, text=True,
                         check=True).stdout
    deps, current = {}, None
    for line in out.splitlines():
        if not line.strip():
            current = None
        elif not line.startswith(' '):
            target = line.split(':', 1)[0]
            current = [] if '(VALID)' in line else None
            if current is not None:
                deps[os.path.normpath(target)] = current
        elif current is not None:
            current.append(os.path.normpath(os.path.join(build, line.strip())))
    return deps


def relative_name(path, roots):
    for placeholder, root in roots:
        if path == root or path.startswith(root + os.sep):
            return placeholder + path[len(root):]
    return path


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--build', required=True)
    parser.add_argument('--source', required=True)
    parser.add_argument('--clang-tidy', default='clang-tidy')
    parser.add_argument('--jobs', type=int, default=2)
    args = parser.parse_args()
    build, source = os.path.realpath(args.build), os.path.realpath(args.source)
    cache = os.environ.get('FORNAX_TIDY_CACHE') or os.path.join(
        os.environ.get('XDG_CACHE_HOME') or os.path.expanduser('~/.cache'), 'fornax-desktop', 'tidy')
    os.makedirs(cache, exist_ok=True)
    began = time.monotonic()

    roots = [('<build>', build), ('<source>', source)]  # build first: it may lie in the source
    version = subprocess.run([args.clang_tidy, '--version'], capture_output=True, text=True,
                             check=True).stdout
    with open(os.path.join(source, '.clang-tidy'), 'rb') as handle:
        config = handle.read()
    with open(os.path.join(build, 'compile_commands.json')) as handle:
        commands = json.load(handle)
    deps = ninja_deps(build)
    memo = {}

    app = os.path.join(source, 'app') + os.sep
    todo, cached = [], 0
    for entry in commands:
        path = os.path.realpath(os.path.join(entry['directory'], entry['file']))
        if not path.startswith(app):
            continue
        output = entry.get('output') or re.search(r'\s-o\s+(\S+)', entry['command']).group(1)
        inputs = deps.get(os.path.normpath(output))
        key = None
        if inputs is not None:
            digest = hashlib.sha256(version.encode() + config)
            command = entry['command'].replace(build, '<build>').replace(source, '<source>')
            digest.update(command.encode())
            for dep in sorted(set(inputs + [path])):
                digest.update(relative_name(dep, roots).encode() + b'\0')
                digest.update(file_digest(dep, memo).encode())
            key = digest.hexdigest()
            if os.path.exists(os.path.join(cache, key)):
                cached += 1
                continue
        todo.append((path, key))

    def check(item):
        path, key = item
        run = subprocess.run([args.clang_tidy, '-p', build, '-quiet', path], capture_output=True,
                             text=True)
        found = re.search(r'(warning|error):', run.stdout) is not None
        if run.returncode == 0 and not found and key:
            open(os.path.join(cache, key), 'w').close()
        return path, run.returncode != 0 or found, run.stdout

    failed = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        for path, bad, text in pool.map(check, todo):
            if bad:
                failed += 1
                print(text, end='')
                print(f'clang-tidy: findings in {os.path.relpath(path, source)}', file=sys.stderr)
    print(f'clang-tidy: {cached + len(todo)} files, {cached} unchanged since a clean run, '
          f'{len(todo)} checked, {failed} with findings, {time.monotonic() - began:.0f} s')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
