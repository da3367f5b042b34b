/* SPDX-License-Identifier: GPL-2.0 */
/*
 * errno.h - the error numbers.  glibc's <errno.h> includes <linux/errno.h>
 * for the numbers, and finds this file: so take them from <asm/errno.h>
 * first, as the real one does.
 */
#ifndef _LINUX_ERRNO_H
#define _LINUX_ERRNO_H

#include <asm/errno.h>
#include <errno.h>

/* The kernel's own, which userspace never sees. */
#define ERESTARTSYS	512
#define ENOIOCTLCMD	515
#define ENOTSUPP	524

#endif
