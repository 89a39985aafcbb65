#!/usr/bin/python3
"""Writes the seed corpus of fuzz_archive (tests/fuzz/corpus/archive/): small tar streams, plain
and compressed as a download arrives, both ordinary ones and the hostile shapes the extractor must
refuse. Run it again only to change the seeds: python3 tests/fuzz/make-archive-seeds.py"""

import bz2
import gzip
import io
import lzma
import os
import subprocess
import tarfile

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus", "archive")


def entry(name, kind=tarfile.REGTYPE, data=b"", link="", mode=0o644):
    info = tarfile.TarInfo(name)
    info.type = kind
    info.mode = mode
    info.mtime = 1764000000
    info.linkname = link
    info.size = len(data) if kind == tarfile.REGTYPE else 0
    return info, (data if kind == tarfile.REGTYPE else None)


def tar(entries, fmt=tarfile.PAX_FORMAT):
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w", format=fmt) as archive:
        for info, data in entries:
            archive.addfile(info, io.BytesIO(data) if data is not None else None)
    raw = out.getvalue()
    # Keep the end marker, drop the record padding: shorter inputs fuzz faster.
    end = len(raw.rstrip(b"\0"))
    end = (end + 511) // 512 * 512 + 1024
    return raw[:end]


def zstd(raw):
    return subprocess.run(["zstd", "-q", "-3", "-c"], input=raw, check=True,
                          capture_output=True).stdout


SEEDS = {
    "plain-files-and-folders": [entry("data", tarfile.DIRTYPE, mode=0o755),
                                entry("data/table.csv", data=b"ra,dec\n10.68,41.27\n"),
                                entry("data/empty.txt"),
                                entry("notes.md", data=b"# M31\n")],
    "conflict-with-existing-a": [entry("a", data=b"new\n"), entry("a-folder", tarfile.DIRTYPE, mode=0o755)],
    "link-inside": [entry("d", tarfile.DIRTYPE, mode=0o755), entry("d/f", data=b"x"),
                    entry("l", tarfile.SYMTYPE, link="d/f", mode=0o777)],
    "hardlink-to-earlier-file": [entry("f", data=b"same bytes"), entry("g", tarfile.LNKTYPE, link="f")],
    "read-only-folder": [entry("ro", tarfile.DIRTYPE, mode=0o555), entry("ro/f", data=b"x", mode=0o444)],
    "setuid-file": [entry("tool", data=b"#!/bin/sh\n", mode=0o4755)],
    "long-pax-name": [entry("x" * 120 + "/" + "y" * 200, data=b"long")],
    "unicode-name": [entry("Andromeda \u00e9\u00e8 \u2605.fits", data=b"SIMPLE  =")],
    "dot-root-entry": [entry(".", tarfile.DIRTYPE, mode=0o700), entry("./f", data=b"x")],
    # Hostile: each must be refused whole.
    "dotdot-escape": [entry("ok", data=b"x"), entry("../outside.txt", data=b"owned")],
    "absolute-path": [entry("/tmp/fornax-fuzz-absolute", data=b"owned")],
    "link-to-parent-then-write": [entry("up", tarfile.SYMTYPE, link="..", mode=0o777),
                                  entry("up/outside.txt", data=b"owned")],
    "link-chain-escape": [entry("a1", tarfile.SYMTYPE, link=".", mode=0o777),
                          entry("b1", tarfile.SYMTYPE, link="a1/x/../..", mode=0o777)],
    "absolute-link": [entry("etc", tarfile.SYMTYPE, link="/etc", mode=0o777)],
    "hardlink-outside": [entry("h", tarfile.LNKTYPE, link="../outside.txt")],
    "hardlink-to-folder": [entry("d", tarfile.DIRTYPE, mode=0o755), entry("h", tarfile.LNKTYPE, link="d")],
    "duplicate-entry": [entry("f", data=b"one"), entry("f", data=b"two")],
    "fifo-and-device": [entry("fifo", tarfile.FIFOTYPE), entry("dev", tarfile.CHRTYPE)],
    "file-then-folder-under-it": [entry("f", data=b"x"), entry("f/g", data=b"y")],
}


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, entries in SEEDS.items():
        raw = tar(entries)
        with open(os.path.join(OUT, name + ".tar.zst"), "wb") as f:
            f.write(zstd(raw))
    # Every compression the extractor reads, and plain tar, on one ordinary and one hostile case.
    for name in ("plain-files-and-folders", "link-chain-escape"):
        raw = tar(SEEDS[name])
        for suffix, data in ((".tar", raw), (".tar.gz", gzip.compress(raw, 6, mtime=0)),
                             (".tar.xz", lzma.compress(raw)), (".tar.bz2", bz2.compress(raw))):
            with open(os.path.join(OUT, name + suffix), "wb") as f:
                f.write(data)
    # GNU and ustar headers, not only pax.
    for fmt, label in ((tarfile.GNU_FORMAT, "gnu"), (tarfile.USTAR_FORMAT, "ustar")):
        with open(os.path.join(OUT, "plain-files-" + label + ".tar.zst"), "wb") as f:
            f.write(zstd(tar(SEEDS["plain-files-and-folders"], fmt)))
    # A sparse file as GNU tar writes it (holes travel as a map, not as zeros).
    sparse = "/tmp/fornax-sparse-seed"
    with open(sparse, "wb") as f:
        f.seek(1 << 20)
        f.write(b"end")
    tarred = subprocess.run(["tar", "--sparse", "--format=pax", "-C", "/tmp", "-cf", "-",
                             os.path.basename(sparse)], check=True, capture_output=True).stdout
    os.unlink(sparse)
    with open(os.path.join(OUT, "sparse-pax.tar.zst"), "wb") as f:
        f.write(zstd(tarred))


if __name__ == "__main__":
    main()
