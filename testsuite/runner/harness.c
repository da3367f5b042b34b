// SPDX-License-Identifier: GPL-2.0
/*
 * harness.c - the main() every case is linked with.  It runs hmcase_run()
 * once for every combination of the case's HMCASE_INPUTS, each on a fresh
 * engine state, and prints what the engine saw, one line per violation:
 *
 *   violation RULE FILE LINE PC # message
 *
 * FILE and LINE name the triggering call ("-" and 0 for a fault), PC is the
 * faulting instruction of a use after unmap ("-" otherwise): case_check
 * resolves it with addr2line.  A line "run IN..." precedes each combination's
 * violations, for the human reading a failure.
 *
 * The engine runs like a debug kernel: CONFIG_DEBUG_KMAP_LOCAL_FORCE_MAP
 * (lowmem pages get real local mappings, so ordering and leaks show whatever
 * the zone) and pkmap entries unmapped as soon as they are released (so a
 * use after kunmap() faults instead of hiding until the next flush).
 */
#include <stdio.h>
#include <stdlib.h>
#include <hmengine.h>
#include <hmcase.h>

/* More inputs than this would be too many runs anyway. */
#define HMCASE_MAX_INPUTS 16

static void run_case(void *arg)
{
	hmcase_run(arg);
}

static void print_violation(const struct hm_violation *v)
{
	if (v->pc)
		printf("violation %s %s %d %p # %s\n", v->rule,
		       v->file ? v->file : "-", v->line, v->pc, v->message);
	else
		printf("violation %s %s %d - # %s\n", v->rule,
		       v->file ? v->file : "-", v->line, v->message);
}

static void run_one(const int *in, int ninputs)
{
	int faulted;

	printf("run");
	for (int i = 0; i < ninputs; i++)
		printf(" %d", in[i]);
	printf("\n");
	hm_engine_reset();
	faulted = hm_run_protected(run_case, (void *)in);
	hm_task_exit();
	for (int i = 0; i < hm_violation_count(); i++)
		print_violation(hm_violation(i));
	if (faulted)
		printf("run abandoned after a fault\n");
	fflush(stdout);
}

/* Step `in` to the next combination, like an odometer; false at the end. */
static bool next_combination(int *in, const int *ranges, int ninputs)
{
	for (int i = ninputs - 1; i >= 0; i--) {
		if (++in[i] < ranges[i])
			return true;
		in[i] = 0;
	}
	return false;
}

static int check_ranges(const int *ranges, int ninputs)
{
	if (ninputs < 0 || ninputs > HMCASE_MAX_INPUTS) {
		fprintf(stderr, "harness: %d inputs, at most %d\n", ninputs,
			HMCASE_MAX_INPUTS);
		return -1;
	}
	for (int i = 0; i < ninputs; i++) {
		if (ranges[i] < 1) {
			fprintf(stderr, "harness: input %d has range %d: "
				"HMCASE_INPUTS wants counts >= 1\n", i, ranges[i]);
			return -1;
		}
	}
	return 0;
}

int main(void)
{
	const int *ranges = hmcase_inputs;
	int ninputs = hmcase_input_count;
	int in[HMCASE_MAX_INPUTS + 1] = { 0 };
	struct hm_config config;

	if (check_ranges(ranges, ninputs))
		return 2;
	hm_config_default(&config);
	config.force_map = true;
	config.pkmap_unmap_on_release = true;
	config.abort_on_violation = false;
	if (hm_engine_init(&config))
		return 2;
	do
		run_one(in, ninputs);
	while (next_combination(in, ranges, ninputs));
	hm_engine_fini();
	return 0;
}
