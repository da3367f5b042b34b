/* SPDX-License-Identifier: GPL-2.0 */
/* Found only from this directory: the mutant must be written next to its source. */
#ifndef LOCAL_H
#define LOCAL_H
#define LOCAL_LENGTH 64
#endif
