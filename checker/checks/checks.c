// SPDX-License-Identifier: GPL-2.0
/*
 * checks.c - the table of rules.  One line per check; each check_RULE.c
 * subscribes to the events it needs.
 */
#include "checks/checks.h"

void check_order_register(void);
void check_sleep_in_atomic_register(void);
void check_leak_register(void);
void check_unbalanced_register(void);
void check_wrong_arg_register(void);
void check_use_after_unmap_register(void);
void check_escape_register(void);
void check_depth_register(void);
void check_unchecked_copy_register(void);
void check_deprecated_register(void);

static void (*const check_registrations[])(void) = {
	check_order_register,
	check_sleep_in_atomic_register,
	check_leak_register,
	check_unbalanced_register,
	check_wrong_arg_register,
	check_use_after_unmap_register,
	check_escape_register,
	check_depth_register,
	check_unchecked_copy_register,
	check_deprecated_register,
};

void checks_register_all(void)
{
	unsigned i;

	for (i = 0; i < sizeof(check_registrations) / sizeof(check_registrations[0]); i++)
		check_registrations[i]();
}
