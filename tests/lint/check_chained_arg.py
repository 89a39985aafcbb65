#!/usr/bin/python3
"""Fails when app code chains QString::arg() calls: `tr("%1 %2").arg(a).arg(b)`.

The first arg() puts `a` into the text; if `a` holds "%1" or "%2" (a file named "run%1", a
path "results%2F2024"), the second arg() replaces that too. Issue 16 found the delete script of a
folder built that way: it removed another folder. Use one call with every argument instead,
`.arg(a, b)` (QString arguments; numbers through QString::number() or QLocale), or build the
text by concatenation.

  check_chained_arg.py DIR...   scans *.cpp and *.h below each DIR; prints file:line of every
                                chain and exits 1 if there is one.
"""
import pathlib
import re
import sys


def strip_code(text):
    """The source with comments and string/char literals blanked (newlines kept)."""
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i))
            i = j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r"[^\n]", " ", text[i:j]))
            i = j
        elif c == "R" and text.startswith('R"', i) and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")):
            m = re.match(r'R"([^()\\ ]{0,16})\(', text[i:])
            if not m:
                out.append(c)
                i += 1
                continue
            end = ")" + m.group(1) + '"'
            j = text.find(end, i + m.end())
            j = n if j < 0 else j + len(end)
            out.append('""' + re.sub(r"[^\n]", " ", text[i + 2:j]))
            i = j
        elif c in "\"'":
            j = i + 1
            while j < n and text[j] != c:
                j += 2 if text[j] == "\\" else 1
            j = min(j + 1, n)
            out.append(c + re.sub(r"[^\n]", " ", text[i + 1:j - 1]) + c)
            i = j
        else:
            out.append(c)
            i += 1
    return "".join(out)


def chains(code):
    """Line numbers where an .arg(...) call is directly followed by another .arg(."""
    found = []
    for m in re.finditer(r"\.arg\s*\(", code):
        depth, j = 1, m.end()
        while j < len(code) and depth:
            if code[j] == "(":
                depth += 1
            elif code[j] == ")":
                depth -= 1
            j += 1
        rest = code[j:j + 200]
        if re.match(r"\s*\.arg\s*\(", rest):
            found.append(code.count("\n", 0, m.start()) + 1)
    return found


def self_check():
    """The checker itself must find a chain, across lines, and nothing inside strings or comments."""
    assert chains(strip_code('x = tr("%1 %2")\n    .arg(a)\n    .arg(b);')) == [2]
    assert chains(strip_code('QStringLiteral("%1").arg(f(a, g(b))) .arg(c)')) == [1]
    assert chains(strip_code('s = ".arg(a).arg(b)"; // .arg(x).arg(y)\n/* .arg(1).arg(2) */ t.arg(a, b);')) == []
    assert chains(strip_code('R"sh(.arg(a).arg(b))sh" + u.arg(1)')) == []


def main():
    self_check()
    failures = []
    for root in sys.argv[1:]:
        for path in sorted(pathlib.Path(root).rglob("*")):
            if path.suffix not in (".cpp", ".h") or not path.is_file():
                continue
            for line in chains(strip_code(path.read_text(encoding="utf-8", errors="replace"))):
                failures.append("%s:%d: chained QString::arg(); use one .arg(a, b, ...) or concatenation" % (path, line))
    for failure in failures:
        print(failure)
    if failures:
        print("%d chained arg() call(s): a \"%%1\" in the first argument is replaced by the second." % len(failures))
        return 1
    print("no chained arg() calls")
    return 0


if __name__ == "__main__":
    sys.exit(main())
