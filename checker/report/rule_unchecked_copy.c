// SPDX-License-Identifier: GPL-2.0
/* rule_unchecked_copy.c - the text of the `unchecked-copy` rule. */
#include "rule_texts.h"

const char rule_unchecked_copy_summary[] =
	"a user copy with page faults disabled whose result is ignored";

const char rule_unchecked_copy_explain[] =
"unchecked-copy: a user copy that may come up short, result ignored\n"
"\n"
"kmap_atomic() calls pagefault_disable().  With page faults disabled a\n"
"copy_from_user(), copy_to_user(), get_user() or put_user() does not sleep\n"
"to bring a non-resident user page in: the fault handler sees\n"
"faulthandler_disabled() and the copy stops, returning the number of\n"
"bytes NOT copied (or -EFAULT).  That is by design, and the only safe\n"
"way to copy from user space in atomic context, but the caller must\n"
"look at the result: ignoring it leaves part of the page stale, or hands\n"
"uninitialised kernel memory to the user.  The usual pattern is a fast\n"
"path under kmap_atomic() and a slow path, with faults enabled, when the\n"
"fast one came up short.\n"
"\n"
"Wrong:\n"
"\tchar *p = kmap_atomic(page);\n"
"\tcopy_from_user(p + offset, ubuf, len);\t/* may copy less than len */\n"
"\tkunmap_atomic(p);\n"
"\n"
"Right:\n"
"\tchar *p = kmap_local_page(page);\t/* faults stay enabled */\n"
"\tleft = copy_from_user(p + offset, ubuf, len);\n"
"\tkunmap_local(p);\n"
"\tif (left)\n"
"\t\treturn -EFAULT;\n"
"or keep kmap_atomic() and, when `left` is not zero, unmap, fault the\n"
"user page in (fault_in_readable()) and try again.\n"
"\n"
"The same holds under pagefault_disable().  Which calls are user copies\n"
"is data (rules/uaccess.rules).  A result cast to (void) counts as\n"
"ignored.  Disable with --disable unchecked-copy.\n";
