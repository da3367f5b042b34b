# SPDX-License-Identifier: GPL-2.0
"""
mutants.py - hostile inputs for hmcheck, made from the testsuite's own C
files, its rules files, a summary database and a compilation database.

    python3 mutants.py --source TOP --out DIR --hmcheck HMCHECK [--seed N]

Everything is deterministic for a seed: the same corpus every run, so a
failure can be reproduced from the test's output alone.  DIR/manifest.json
lists each mutant: its name, the hmcheck arguments and what is expected
(run_robust.py checks it).  Expectations:

  c         any documented exit status, no signal, no sanitizer report
  not-c     exit 2 and one line on stderr naming the file
  rules     exit 0 or 2; 2 with one line "PATH:LINE: what"; "fail": must be 2
  db        exit 0 or 2; 2 with one line naming the database; "fail": must be 2
  compdb    exit 2 with one line naming compile_commands.json or the file,
            or 0 when the mutant is still a valid database
  named     (--diff, --baseline) exit 0, or 2 with one line naming the input;
            "fail": must be 2
  "quiet"   (compdb) a valid database for a clean file: exit 0, nothing said
"""
import argparse
import glob
import json
import os
import random
import re
import shutil
import sqlite3
import subprocess

IDENT = re.compile(rb"[A-Za-z_][A-Za-z0-9_]{2,}")
KSHIM = "testsuite/kshim/include"
ANALYSIS = "testsuite/analysis/inputs"


class Corpus:
    def __init__(self, out, rng):
        self.out = out
        self.rng = rng
        self.entries = []

    def write(self, name, data):
        path = os.path.join(self.out, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(data)
        return path

    def add(self, name, args, expect, **more):
        entry = {"name": name, "args": args, "expect": expect}
        entry.update(more)
        self.entries.append(entry)


# --- mutations of C text ----------------------------------------------------

def cut_mid_token(rng, text):
    tokens = list(IDENT.finditer(text))
    if not tokens:
        return text[:len(text) // 2]
    m = rng.choice(tokens)
    return text[:m.start() + rng.randrange(1, len(m.group()))]


def cut_inside(rng, text, opener, closer):
    """Cut after an opener whose closer is still to come (a body, a comment)."""
    starts = [m.end() for m in re.finditer(re.escape(opener), text)]
    if not starts:
        return cut_mid_token(rng, text)
    start = rng.choice(starts)
    end = text.find(closer, start)
    end = len(text) if end < 0 else end
    return text[:rng.randint(start, max(start, end - 1))]


def cut_mid_function(rng, text):
    return cut_inside(rng, text, b"{\n", b"\n}")


def cut_mid_comment(rng, text):
    return cut_inside(rng, text, b"/*", b"*/")


def cut_mid_string(rng, text):
    if b'"' not in text.split(b"\n", 20)[-1]:
        return cut_mid_comment(rng, text)
    return cut_inside(rng, text, b'"', b'"')


def delete_line(rng, text):
    lines = text.split(b"\n")
    del lines[rng.randrange(len(lines))]
    return b"\n".join(lines)


def swap_lines(rng, text):
    lines = text.split(b"\n")
    i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
    lines[i], lines[j] = lines[j], lines[i]
    return b"\n".join(lines)


def unbalance(rng, text):
    positions = [i for i, c in enumerate(text) if c in b"{}()[]"]
    if not positions:
        return text + b"{"
    i = rng.choice(positions)
    if rng.random() < 0.5:
        return text[:i] + text[i + 1:]			# one removed
    return text[:i] + text[i:i + 1] + text[i:]		# one doubled


def insert_bytes(rng, text, alphabet, count):
    data = bytearray(text)
    for _ in range(count):
        data.insert(rng.randrange(len(data) + 1), rng.choice(alphabet))
    return bytes(data)


def random_bytes(rng, text):
    return insert_bytes(rng, text, list(range(1, 256)), rng.randint(1, 12))


def nul_bytes(rng, text):
    return insert_bytes(rng, text, [0], rng.randint(1, 4))


def long_line(rng, text):
    lines = text.split(b"\n")
    i = rng.randrange(len(lines) + 1)
    kind = rng.randrange(3)
    if kind == 0:
        line = b"/* " + b"x" * 300000 + b" */"
    elif kind == 1:
        line = b"int long_" + b"a" * 100000 + b";"
    else:
        line = b'static const char s[] = "' + b"y" * 200000 + b'";'
    lines.insert(i, line)
    return b"\n".join(lines)


def duplicate_mapping_line(rng, text):
    lines = text.split(b"\n")
    calls = [i for i, l in enumerate(lines) if b"kmap" in l or b"kunmap" in l]
    i = rng.choice(calls) if calls else rng.randrange(len(lines))
    lines.insert(i, lines[i])
    return b"\n".join(lines)


def copy_block(rng, text):
    """A few lines again somewhere else: code out of its place, still parsable."""
    lines = text.split(b"\n")
    start = rng.randrange(len(lines))
    block = lines[start:start + rng.randint(1, 10)]
    at = rng.randrange(len(lines) + 1)
    return b"\n".join(lines[:at] + block + lines[at:])


MUTATIONS = [copy_block, cut_mid_token, cut_mid_function, cut_mid_comment, cut_mid_string,
             delete_line, swap_lines, unbalance, random_bytes, nul_bytes,
             long_line, duplicate_mapping_line]


def c_sources(top):
    files = []
    for pattern in ("testsuite/cases/*/*.c", ANALYSIS + "/*.c",
                    "testsuite/cli/data/*.c"):
        files += sorted(glob.glob(os.path.join(top, pattern)))
    return files


def c_flags(top):
    return ["-I" + os.path.join(top, KSHIM), "-I" + os.path.join(top, ANALYSIS)]


# Each C input also runs with one of these, in turn: every output path
# meets the odd names, bytes and lines (json and sarif must stay JSON).
OPTION_SETS = [[], ["--format=json"], ["--format=sarif"], ["--format=github"],
               ["--dump-ir"], ["--enable", "all", "-v"], ["--Werror"]]


def add_c(corpus, name, path, top):
    options = OPTION_SETS[len(corpus.entries) % len(OPTION_SETS)]
    corpus.add(name, [path] + options + c_flags(top), "c")


def add_c_mutants(corpus, top, per_file):
    """per_file mutations of each source, chosen so every kind is used evenly."""
    rng = corpus.rng
    kinds = []
    for source in c_sources(top):
        with open(source, "rb") as f:
            text = f.read()
        base = os.path.relpath(source, top).replace("/", "_")[:-2]
        for _ in range(per_file):
            if not kinds:
                kinds = MUTATIONS[:]
                rng.shuffle(kinds)
            mutate = kinds.pop()
            name = "c/%s.%s.c" % (base, mutate.__name__)
            if any(e["name"] == name for e in corpus.entries):
                name = name[:-2] + ".2.c"
            add_c(corpus, name, corpus.write(name, mutate(rng, text)), top)


# --- made-up C: deep, wide and odd shapes ----------------------------------

HEADER = b"#include <linux/highmem.h>\n#include <linux/mutex.h>\n"


def deep_parens(n):
    return HEADER + b"int f(int x)\n{\n\treturn " + b"(" * n + b"x" + b")" * n + b";\n}\n"


def deep_blocks(n):
    return (HEADER + b"void f(struct page *p)\n{\n" + b"{" * n +
            b"char *v = kmap_local_page(p); v[0] = 0; kunmap_local(v);" +
            b"}" * n + b"\n}\n")


def nested_ifs(n):
    body = b"char *v = kmap_atomic(p); v[0] = 0; kunmap_atomic(v);"
    return (HEADER + b"void f(struct page *p, int x)\n{\n" +
            b"if (x) {" * n + body + b"}" * n + b"\n}\n")


def else_if_chain(n):
    arms = b"".join(b"if (x == %d) { v = kmap_local_page(p); } else " % i
                    for i in range(n))
    return (HEADER + b"void f(struct page *p, int x)\n{\n\tchar *v = 0;\n\t" +
            arms + b"{ return; }\n\tkunmap_local(v);\n}\n")


def nested_statement_expressions(n):
    return (HEADER + b"int f(struct page *p)\n{\n\treturn " +
            b"({ char *v = kmap_local_page(p); int r = " * n + b"0" +
            b"; kunmap_local(v); r; })" * n + b";\n}\n")


def huge_switch(n):
    cases = b"".join(b"\tcase %d: v = kmap_atomic(p); kunmap_atomic(v); break;\n" % i
                     for i in range(n))
    return (HEADER + b"void f(struct page *p, int x)\n{\n\tchar *v;\n\n\tswitch (x) {\n" +
            cases + b"\tdefault: v = kmap_atomic(p); mutex_lock(0);\n\t}\n}\n")


def goto_maze(rng, n):
    order = list(range(n))
    rng.shuffle(order)
    lines = [b"\tchar *v = kmap_local_page(p);\n\tint i = 0;\n\tgoto l%d;\n" % order[0]]
    for k, label in enumerate(order):
        after = order[(k + 1) % n]
        other = rng.randrange(n)
        lines.append(b"l%d:\n\tif (i++ & %d) goto l%d;\n\tif (i > 1000) goto out;\n"
                     b"\tgoto l%d;\n" % (label, 1 + k % 7, other, after))
    lines.append(b"out:\n\tkunmap_local(v);\n")
    return HEADER + b"void f(struct page *p)\n{\n" + b"".join(lines) + b"}\n"


def many_mappings(n):
    pairs = b"".join(b"\tv = kmap_local_page(p); v[%d] = 0; kunmap_local(v);\n" % i
                     for i in range(n))
    nest = b"".join(b"\tchar *m%d = kmap_local_page(p);\n" % i for i in range(n // 4))
    unnest = b"".join(b"\tkunmap_local(m%d);\n" % i for i in reversed(range(n // 4)))
    return (HEADER + b"void f(struct page *p)\n{\n\tchar *v;\n" + pairs + b"}\n" +
            b"void g(struct page *p)\n{\n" + nest + unnest + b"}\n")


ODD_MACROS = b"""#include <linux/highmem.h>
#define MAP(p) kmap_local_page(p)
#define UNMAP(v) kunmap_local(v)
#define BEGIN(p) { char *_v = kmap_atomic(p);
#define END kunmap_atomic(_v); }
#define BOTH(p) ({ void *_w = MAP(p); UNMAP(_w); 0; })
#define CALL(f, a) f(a)
#define PASTE(a, b) a##b
int sink(void *);
int in_condition(struct page *p) { char *v; if ((v = MAP(p)) && sink(v)) { UNMAP(v); return 1; } return 0; }
void in_for(struct page *p) { char *v; for (v = MAP(p); v; UNMAP(v), v = 0) sink(v); }
int in_sizeof(struct page *p) { return sizeof(MAP(p)); }
void in_comma(struct page *p) { char *v = (sink(0), MAP(p)); UNMAP(v); }
void in_ternary(struct page *p, int x) { char *v = x ? MAP(p) : MAP(p); UNMAP(v); }
void in_argument(struct page *p) { sink(MAP(p)); }
void split_braces(struct page *p) BEGIN(p) sink(_v); END
int in_expression(struct page *p) { return BOTH(p) + BOTH(p); }
void through_call(struct page *p) { char *v = CALL(kmap_local_page, p); CALL(kunmap_local, v); }
void pasted(struct page *p) { char *v = PASTE(kmap_, local_page)(p); PASTE(kunmap_, local)(v); }
void in_initializer(struct page *p) { char *a[2] = { MAP(p), MAP(p) }; UNMAP(a[1]); UNMAP(a[0]); }
static char *global = 0;
void in_loop_header(struct page *p) { while (!(global = MAP(p))) ; UNMAP(global); }
void in_do_while(struct page *p) { do { char *v = MAP(p); UNMAP(v); } while (0); }
"""

KNR = b"""/* K&R definitions and implicit declarations, as old code has them. */
struct page;
int knr(a, p)
    int a;
    struct page *p;
{
    char *v = kmap_local_page(p);	/* implicitly declared */
    if (a)
        return 1;			/* leaked */
    kunmap_local(v);
    return undeclared_helper(a, v);
}
implicit_int(p) { return kmap_atomic(p) != 0; }
static old_style() { }
int (*pointer)() = knr;
void calls_pointer(struct page *p) { char *v = kmap_atomic(p); pointer(1, p); kunmap_atomic(v); }
"""


def ternary_chain(n):
    return (HEADER + b"int f(struct page *p, int x)\n{\n\tchar *v = " +
            b"x ? kmap_local_page(p) : " * n + b"0;\n\tkunmap_local(v);\n\treturn 0;\n}\n")


def nested_loops(n):
    return (HEADER + b"void f(struct page *p, int x)\n{\n\t" + b"while (x--) " * n +
            b"{ char *v = kmap_local_page(p); kunmap_local(v); }\n}\n")


def operator_chains(n):
    return (HEADER + b"long f(long x)\n{\n\treturn " + b"-~" * n + b"x + " +
            b"(long)" * n + b"x;\n}\n"
            b"struct s { struct s *n; char *v; };\n"
            b"void g(struct s *a, struct page *p)\n{\n\ta" + b"->n" * (n // 10) +
            b"->v = kmap_local_page(p);\n}\n")


def many_functions(n):
    return HEADER + b"".join(
        b"void f%d(struct page *p) { char *v = kmap_local_page(p); if (!p) return; "
        b"kunmap_local(v); }\n" % i for i in range(n))


def goto_ladder(n):
    jumps = b"".join(b"\tif (x == %d) goto l%d;\nl%d:\n" % (i, i, i + 1) for i in range(n))
    return (HEADER + b"void f(struct page *p, int x)\n{\n\tchar *v;\nl0:\n"
            b"\tv = kmap_local_page(p);\n" + jumps + b"\tkunmap_local(v);\n\tgoto l0;\n}\n")


ODD_TEXT = (b"#include <linux/highmem.h>\n"
            b"#line 4294967295 \"we\\\"ird\\nname.c\"\n"
            b"void f(struct page *p) { char *v = kmap_local_page(p); }\n"
            b"#line 1 \"\"\n"
            b"void g(struct page *p) { char *v\xc3\xa9 = kmap_atomic(p); /* \xff\xfe */ }\n"
            b"void h(struct page *" + b"p" * 50000 + b") { char *" + b"v" * 50000 +
            b" = kmap_local_page(" + b"p" * 50000 + b"); }\n"
            b"/* hmcheck-ignore leak\nvoid i(struct page *p) { char *v = kmap_local_page(p); }\n"
            b"/* hmcheck-ignore */ // hmcheck-ignore : \n"
            b"// hmcheck-ignore " + b"x" * 10000 + b": why\n"
            b"void j(struct page *p) { char *v = kmap_local_page(p); } // hmcheck-ignore leak: \xff\n")


# Bytes that are not UTF-8, quoted by a message: JSON and SARIF stay UTF-8.
LATIN1 = (b"#include <linux/highmem.h>\n"
          b"void f(struct page *p) { char *v = kmap_local_page(p + sizeof(\"caf\xe9 \xff\")); }\n")


def add_made_up_c(corpus, top):
    for form in ("json", "sarif"):
        name = "made/latin1_%s.c" % form
        corpus.add(name, [corpus.write(name, LATIN1), "--format=" + form] + c_flags(top), "c")
    rng = corpus.rng
    made = {
        "deep_parens_300": deep_parens(300),
        "deep_parens_5000": deep_parens(5000),
        "deep_blocks_200": deep_blocks(200),
        "deep_blocks_3000": deep_blocks(3000),
        "nested_ifs_2000": nested_ifs(2000),
        "else_if_chain_3000": else_if_chain(3000),
        "nested_statement_expressions_200": nested_statement_expressions(200),
        "nested_statement_expressions_1500": nested_statement_expressions(1500),
        "huge_switch_1500": huge_switch(1500),
        "goto_maze_300": goto_maze(rng, 300),
        "many_mappings_3000": many_mappings(3000),
        "odd_macros": ODD_MACROS,
        "odd_text": ODD_TEXT,
        "ternary_chain_1000": ternary_chain(1000),
        "ternary_chain_10000": ternary_chain(10000),
        "nested_loops_2000": nested_loops(2000),
        "operator_chains_20000": operator_chains(20000),
        "many_functions_1000": many_functions(1000),
        "goto_ladder_2000": goto_ladder(2000),
        "knr_implicit": KNR,
        "empty": b"",
        "only_newlines": b"\n" * 10000,
    }
    for name, text in sorted(made.items()):
        add_c(corpus, "made/%s.c" % name, corpus.write("made/%s.c" % name, text), top)


def add_not_c(corpus):
    rng = random.Random(corpus.rng.random())
    binary = bytes(rng.randrange(256) for _ in range(4096)) + b"\0\0\0"
    path = corpus.write("input/binary.c", binary)
    corpus.add("input/binary.c", [path], "not-c", names=path)
    path = corpus.write("input/elf.c", b"\x7fELF\x02\x01\x01\0" + bytes(64))
    corpus.add("input/elf.c", [path], "not-c", names=path)
    missing = os.path.join(corpus.out, "input/missing.c")
    corpus.add("input/missing.c", [missing], "not-c", names=missing)
    directory = os.path.join(corpus.out, "input/directory.c")
    os.makedirs(directory, exist_ok=True)
    corpus.add("input/directory.c", [directory], "not-c", names=directory)
    fifo = os.path.join(corpus.out, "input/fifo.c")
    os.mkfifo(fifo)
    corpus.add("input/fifo.c", [fifo], "not-c", names=fifo)
    path = corpus.write("input/unreadable.c", b"int x;\n")
    os.chmod(path, 0)
    corpus.add("input/unreadable.c", [path], "not-c", names=path, unreadable=True)


# --- rules files ------------------------------------------------------------

BROKEN_RULES = [
    b"bogus\tname\n",
    b"map\n",
    b"map\tkmap_local_page\n",
    b"map\tkmap_local_page\tnowhere\tpage=0\n",
    b"map\tkmap_local_page\tlocal\tpage=99999999999999999999\n",
    b"map\tkmap_local_page\tlocal\tpage=-1\n",
    b"map\tkmap_local_page\tlocal\tpage=\n",
    b"map\tkmap_local_page\tlocal\tpage=0x\n",
    b"map\tkmap_local_page\tlocal\tpage=0\tpage=0\tpage=0\n",
    b"unmap\t1nvalid\tlocal\taddr=0\n",
    b"sleep\tf\tdrops=\n",
    b"sleep\tf\tunless=9lives\n",
    b"enter\tf\n",
    b"callback\tf\tsoftirq\tfn=2147483648\n",
    b"gfp-blocks\n",
    b"alloc\tf\tgfp=1\tgfp=2\n",
    b"map\t" + b"k" * 100000 + b"-" + b"k" * 100000 + b"\tlocal\tpage=0\n",
    b"sleep " + b" x" * 40 + b"\n",
    b"sleep\tmsleep\0\tdrops=nothing\n",
    b"sleep\tname\xff\xfe\n",
    b"sleep\tfoo\nsleep\tfoo\n",
]


def add_rules_mutants(corpus, top, per_file):
    rng = corpus.rng
    clean = os.path.join(top, "testsuite/cli/data/clean.c")
    sources = sorted(glob.glob(os.path.join(top, "rules/*.rules")))
    sources.append(os.path.join(top, "testsuite/cli/data/own_api.rules"))
    rule_mutations = [cut_mid_token, delete_line, swap_lines, random_bytes,
                      nul_bytes, long_line, duplicate_mapping_line]
    for source in sources:
        with open(source, "rb") as f:
            text = f.read()
        base = os.path.basename(source)[:-6]
        for mutate in rng.sample(rule_mutations, per_file):
            name = "rules/%s.%s.rules" % (base, mutate.__name__)
            path = corpus.write(name, mutate(rng, text))
            corpus.add(name, ["--rules", path, clean], "rules", path=path)
    for i, line in enumerate(BROKEN_RULES):
        name = "rules/broken_%02d.rules" % i
        path = corpus.write(name, b"# a broken line follows\n" + line)
        corpus.add(name, ["--rules", path, clean], "rules", path=path, fail=True)
    fifo = os.path.join(corpus.out, "rules/fifo.rules")
    os.mkfifo(fifo)
    corpus.add("rules/fifo.rules", ["--rules", fifo, clean], "not-c", names=fifo)
    path = os.path.join(corpus.out, "rules/directory.rules")
    os.makedirs(path, exist_ok=True)
    corpus.add("rules/directory.rules", ["--rules", path, clean], "not-c", names=path)


# --- the summary database ---------------------------------------------------

def seed_database(corpus, hmcheck, tree):
    db = os.path.join(corpus.out, "db/seed.sqlite")
    os.makedirs(os.path.dirname(db), exist_ok=True)
    for rel in ("lib/inner.c", "lib/middle.c", "fs/helpers.c"):
        subprocess.run([hmcheck, "--db", db, os.path.join(tree, rel),
                        "-I" + os.path.join(tree, "include")],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       check=False, timeout=60)
    connection = sqlite3.connect(db)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.execute("PRAGMA journal_mode=DELETE")
    connection.close()
    with open(db, "rb") as f:
        return f.read()


def corrupt_rows(path, rng):
    """Valid SQLite, nonsense in the summaries other files' checks read."""
    connection = sqlite3.connect(path)
    rows = connection.execute("SELECT id, summary FROM functions").fetchall()
    for ident, summary in rows:
        text = summary.encode()
        mutated = rng.choice([cut_mid_token, random_bytes, swap_lines,
                              delete_line, long_line])(rng, text or b"x")
        connection.execute("UPDATE functions SET summary = ? WHERE id = ?",
                           (mutated.decode("latin-1"), ident))
    connection.execute("UPDATE calls SET line = -5, via = ''")
    connection.commit()
    connection.close()


def add_db_mutants(corpus, top, hmcheck):
    rng = corpus.rng
    tree = os.path.join(corpus.out, "tree")
    shutil.copytree(os.path.join(top, "testsuite/crossfile/tree"), tree)
    seed = seed_database(corpus, hmcheck, tree)
    page = 4096
    variants = {
        "truncated_header": (seed[:50], True),
        "truncated_page": (seed[:page + 100], None),
        "truncated_half": (seed[:len(seed) // 2], None),
        "header_smashed": (b"SQLite format 2\0" + seed[16:], True),
        "page_size_zero": (seed[:16] + b"\0\0" + seed[18:], True),
        "random_pages": (seed[:100] + bytes(rng.randrange(256)
                                            for _ in range(len(seed) - 100)), None),
        "zero_pages": (seed[:page] + bytes(len(seed) - page), None),
        "text_file": (b"this is not a database\n" * 50, True),
        "empty": (b"", None),
    }
    check = [os.path.join(tree, "fs/copy.c"), "-I" + os.path.join(tree, "include")]
    for name, (data, fail) in sorted(variants.items()):
        path = corpus.write("db/%s.sqlite" % name, data)
        corpus.add("db/%s" % name, ["--db", path] + check, "db", path=path, fail=fail)
    path = corpus.write("db/corrupt_rows.sqlite", seed)
    corrupt_rows(path, rng)
    corpus.add("db/corrupt_rows", ["--db", path] + check, "db", path=path, fail=None)
    path = os.path.join(corpus.out, "db/directory.sqlite")
    os.makedirs(path, exist_ok=True)
    corpus.add("db/directory", ["--db", path] + check, "db", path=path, fail=True)


# --- compile_commands.json --------------------------------------------------

def add_compdb_mutants(corpus, top):
    rng = corpus.rng
    source = corpus.write("compdb/src/a.c", open(os.path.join(
        top, "testsuite/cli/data/clean.c"), "rb").read())
    src = os.path.dirname(source)
    good = json.dumps([{"directory": src, "command": "gcc -c a.c -o a.o",
                        "file": "a.c"}], indent=1).encode()
    variants = {
        "truncated_mid_string": good[:good.index(b"gcc") + 2],
        "truncated_mid_entry": good[:len(good) * 2 // 3],
        "unbalanced": good.replace(b"}", b"", 1),
        # libclang finds a bad escape only when it reads the entries, and
        # then only if no entry is for the file (a stray byte in its
        # directory)
        "bad_escape": good.replace(b'"gcc', b'"\\gcc', 1).replace(
            b'/src"', b'/s\x9erc"', 1),
        "random_bytes": random_bytes(rng, good),
        "nul_bytes": nul_bytes(rng, good),
        "not_an_array": b'{"directory": "/", "file": "a.c"}',
        "array_of_numbers": b"[1, 2, 3]",
        "missing_fields": b'[{"file": "a.c"}]',
        "wrong_types": b'[{"directory": 7, "arguments": "gcc", "file": ["a.c"]}]',
        "empty_array": b"[]",
        "empty_file": b"",
        "deep_nesting": b"[" * 20000 + b"]" * 20000,
        "huge_string": b'[{"directory": "' + b"d" * 1000000 + b'", "file": "a.c",'
                   b' "command": "gcc a.c"}]',
        "binary": bytes(rng.randrange(256) for _ in range(2000)),
    }
    for name, data in sorted(variants.items()):
        build = os.path.join(corpus.out, "compdb", name)
        corpus.write("compdb/%s/compile_commands.json" % name, data)
        corpus.add("compdb/" + name, ["-p", build, source], "compdb",
                   names=[os.path.join(build, "compile_commands.json"), source])
    build = os.path.join(corpus.out, "compdb/fifo")
    os.makedirs(build, exist_ok=True)
    os.mkfifo(os.path.join(build, "compile_commands.json"))
    corpus.add("compdb/fifo", ["-p", build, source], "compdb", fail=True,
               names=[os.path.join(build, "compile_commands.json")])
    add_compdb_odd_arguments(corpus, src, source)
    build = os.path.join(corpus.out, "compdb/directory")
    os.makedirs(os.path.join(build, "compile_commands.json"), exist_ok=True)
    corpus.add("compdb/directory", ["-p", build, source], "compdb",
               names=[os.path.join(build, "compile_commands.json"), source])
    corpus.add("compdb/missing_dir", ["-p", os.path.join(corpus.out, "compdb/none"),
                                      source], "compdb",
               names=[os.path.join(corpus.out, "compdb/none"), source])


# Valid databases whose arguments clang must not take as they are: an option
# last without its value, another language.  hmcheck checks the file as C.
ODD_ARGUMENTS = {
    "dangling_include": ["gcc", "-c", "a.c", "-include"],
    "dangling_define": ["gcc", "-c", "a.c", "-D"],
    "dangling_path": ["gcc", "-c", "a.c", "-I"],
    "cxx": ["g++", "-x", "c++", "-std=gnu++17", "-c", "a.c"],
    "objc": ["clang", "-ObjC", "-c", "a.c", "-x"],
}


def add_compdb_odd_arguments(corpus, src, source):
    for name, arguments in sorted(ODD_ARGUMENTS.items()):
        entry = [{"directory": src, "arguments": arguments, "file": "a.c"}]
        corpus.write("compdb/%s/compile_commands.json" % name, json.dumps(entry).encode())
        build = os.path.join(corpus.out, "compdb", name)
        corpus.add("compdb/" + name, ["-p", build, source], "compdb", quiet=True,
                   names=[os.path.join(build, "compile_commands.json"), source])


# --- patch mode (--diff) ------------------------------------------------------

def add_diff_mutants(corpus, top):
    rng = corpus.rng
    source = os.path.join(top, "testsuite/cli/data/order_bug.c")
    good = (b"diff --git a/order_bug.c b/order_bug.c\nindex 1111111..2222222 100644\n"
            b"--- a/order_bug.c\n+++ b/order_bug.c\n@@ -17,4 +17,5 @@ static void f(void)\n"
            b" \tmemcpy(d, s, 4);\n-\tkunmap_local(s);\n+\tkunmap_local(d);\n"
            b"+\tkunmap_local(s);\n \tkunmap_local(d);\n \treturn;\n")
    variants = {
        "good": good,
        "truncated": good[:len(good) // 2],
        "cut_mid_token": cut_mid_token(rng, good),
        "deleted_line": delete_line(rng, good),
        "swapped_lines": swap_lines(rng, good),
        "random_bytes": random_bytes(rng, good),
        "nul_bytes": nul_bytes(rng, good),
        "counts_too_small": good.replace(b"+17,5", b"+17,1"),
        "counts_huge": good.replace(b"+17,5", b"+17,99999999999999999999"),
        "counts_negative": good.replace(b"+17,5", b"+-17,-5"),
        "counts_too_large": good.replace(b"+17,5", b"+17,500"),
        "bad_hunk_header": good.replace(b"@@ -17,4 +17,5 @@", b"@@ -17,4 +"),
        "long_line": long_line(rng, good),
        "binary": bytes(rng.randrange(256) for _ in range(3000)),
    }
    # A hunk counting more lines than follow would swallow the rest.
    swallowing = ("counts_huge", "counts_negative", "counts_too_large")
    for name, data in sorted(variants.items()):
        path = corpus.write("diff/%s.diff" % name, data)
        corpus.add("diff/" + name, ["--diff", path, source, "-DCONFIG_HM_NEEDED"],
                   "named", names=[path], fail=name in swallowing or None)
    path = os.path.join(corpus.out, "diff/directory.diff")
    os.makedirs(path, exist_ok=True)
    corpus.add("diff/directory", ["--diff", path, source], "named", names=[path],
               fail=True)
    path = os.path.join(corpus.out, "diff/fifo.diff")
    os.mkfifo(path)
    corpus.add("diff/fifo", ["--diff", path, source], "named", names=[path], fail=True)


# --- --baseline FILE and --tree DIR ------------------------------------------

def add_baseline_mutants(corpus, top):
    """A baseline that is not one is said: read as empty, it hides nothing."""
    source = os.path.join(top, "testsuite/cli/data/order_bug.c")
    variants = {
        "garbage": b"# hmcheck baseline\n0123456789abcdef\nnot a fingerprint\n",
        "binary": bytes(range(256)) * 4,
        "long_line": b"f" * 100000 + b"\n",
    }
    paths = {}
    for name, data in sorted(variants.items()):
        paths[name] = corpus.write("baseline/%s" % name, data)
    paths["directory"] = os.path.join(corpus.out, "baseline/directory")
    os.makedirs(paths["directory"], exist_ok=True)
    paths["fifo"] = os.path.join(corpus.out, "baseline/fifo")
    os.mkfifo(paths["fifo"])
    for name, path in sorted(paths.items()):
        corpus.add("baseline/" + name, ["--baseline", path, source, "-DCONFIG_HM_NEEDED"],
                   "named", names=[path], fail=True)


def add_tree_with_fifos(corpus, top):
    """FIFOs named like a tree's source and .config: skipped, never waited on."""
    tree = os.path.join(corpus.out, "fifo_tree")
    shutil.copytree(os.path.join(top, "testsuite/crossfile/tree"), tree)
    for name in ("lib/waiting.c", "fs/zz_waiting.c", ".config"):
        os.mkfifo(os.path.join(tree, name))
    corpus.add("tree/fifos", ["--tree", tree, os.path.join(tree, "fs/copy.c"),
                              "-I" + os.path.join(tree, "include")], "c")


def add_full_disk(corpus, top):
    """Reports on a full disk: an error, never a clean run."""
    source = os.path.join(top, "testsuite/cli/data/order_bug.c")
    for options in (["--format=json"], ["--format=sarif"], ["--list-rules"]):
        corpus.add("full_disk/" + options[0].strip("-"), options + [source, "-DCONFIG_HM_NEEDED"],
                   "named", names=["standard output"], fail=True, stdout="/dev/full")


def generate(top, out, hmcheck, seed, per_file, excluded=()):
    if os.path.exists(out):
        for root, dirs, _ in os.walk(out):
            for d in dirs:
                os.chmod(os.path.join(root, d), 0o755)
        shutil.rmtree(out, onerror=lambda f, p, e: (os.chmod(p, 0o644), os.remove(p)))
    os.makedirs(out)
    corpus = Corpus(out, random.Random(seed))
    add_c_mutants(corpus, top, per_file)
    add_made_up_c(corpus, top)
    add_not_c(corpus)
    add_rules_mutants(corpus, top, 2)
    add_db_mutants(corpus, top, hmcheck)
    add_compdb_mutants(corpus, top)
    add_diff_mutants(corpus, top)
    add_baseline_mutants(corpus, top)
    add_tree_with_fifos(corpus, top)
    if os.path.exists("/dev/full"):
        add_full_disk(corpus, top)
    corpus.entries = [e for e in corpus.entries if e["name"] not in excluded]
    with open(os.path.join(out, "manifest.json"), "w") as f:
        json.dump(corpus.entries, f, indent=1)
    return corpus.entries


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--hmcheck", required=True)
    parser.add_argument("--seed", type=int, default=20261122)
    parser.add_argument("--per-file", type=int, default=2)
    args = parser.parse_args()
    entries = generate(args.source, args.out, args.hmcheck, args.seed, args.per_file)
    print("%d mutants in %s" % (len(entries), args.out))


if __name__ == "__main__":
    main()
