/* SPDX-License-Identifier: GPL-2.0 */
/* What the fake tree's files use beyond testsuite/analysis/inputs/kapi.h. */
#ifndef MUTANTS_H
#define MUTANTS_H
#include "kapi.h"

void might_sleep(void);

#endif
