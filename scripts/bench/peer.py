#!/usr/bin/env python3
"""The peer gongwen is measured against (issue 17): what a researcher would write in an afternoon.

Decode each file (UTF-8, else GB18030), cut it with jieba (HMM on), find numbers with a measure word
with one regular expression, and store text, words and numbers in SQLite with an FTS5 trigram index.
No structure, no subjects, no honours, no spans beyond the number's offsets: a fraction of gongwen's
work, so matching its time is a real but reachable bar.

usage: peer.py <archive.db> <file-list.txt> [--procs N]
  --procs 1 (default): one process does everything.
  --procs N: N worker processes decode, cut and match; the main process writes (SQLite has one writer).
Prints one JSON line: {"docs", "numbers", "words", "procs", "loadMs", "ms"}.
"""
import json
import multiprocessing
import os
import re
import sqlite3
import sys
import time

import jieba

# a figure (Arabic digits, optional 万/亿) followed by a measure word, money or percent
NUMBER = re.compile(r'(\d+(?:\.\d+)?)\s*(万|亿)?\s*(人次|万元|亿元|元|个|家|项|次|人|名|所|户|场|期|%|％)')

SCHEMA = """
CREATE TABLE documents (id INTEGER PRIMARY KEY, path TEXT UNIQUE, text TEXT, words TEXT);
CREATE TABLE numbers (doc INTEGER REFERENCES documents(id), value TEXT, unit TEXT, start INTEGER, "end" INTEGER);
CREATE VIRTUAL TABLE documents_fts USING fts5(text, content='documents', content_rowid='id', tokenize='trigram');
"""


def decode(data):
    try:
        return data.decode('utf-8-sig')
    except UnicodeDecodeError:
        return data.decode('gb18030')


def process(path):
    with open(path, 'rb') as f:
        text = decode(f.read())
    words = jieba.lcut(text, HMM=True)
    numbers = [(m.group(1) + (m.group(2) or ''), m.group(3), m.start(), m.end()) for m in NUMBER.finditer(text)]
    return path, text, words, numbers


def store(db, result):
    path, text, words, numbers = result
    cur = db.execute('INSERT INTO documents (path, text, words) VALUES (?, ?, ?)', (path, text, ' '.join(words)))
    doc = cur.lastrowid
    db.execute('INSERT INTO documents_fts (rowid, text) VALUES (?, ?)', (doc, text))
    db.executemany('INSERT INTO numbers VALUES (?, ?, ?, ?, ?)', [(doc, *n) for n in numbers])
    return len(words), len(numbers)


def main():
    args = sys.argv[1:]
    procs = 1
    if '--procs' in args:
        i = args.index('--procs')
        procs = int(args[i + 1])
        del args[i:i + 2]
    if len(args) != 2:
        sys.exit(__doc__)
    db_path, listing = args
    with open(listing, encoding='utf-8') as f:
        files = [line.rstrip('\n') for line in f if line.strip()]
    t0 = time.perf_counter()
    jieba.setLogLevel(60)
    jieba.initialize()  # the dictionary, as any first cut would load it
    load_ms = (time.perf_counter() - t0) * 1000
    db = sqlite3.connect(db_path)
    db.executescript(SCHEMA)
    words = numbers = 0
    t1 = time.perf_counter()
    with db:
        if procs == 1:
            results = map(process, files)
        else:
            # fork: the children inherit the loaded dictionary
            pool = multiprocessing.get_context('fork').Pool(procs)
            results = pool.imap(process, files, chunksize=8)
        for r in results:
            w, n = store(db, r)
            words += w
            numbers += n
    db.close()
    ms = (time.perf_counter() - t1) * 1000
    print(json.dumps({'docs': len(files), 'numbers': numbers, 'words': words, 'procs': procs, 'loadMs': round(load_ms), 'ms': round(ms)}))


if __name__ == '__main__':
    main()
