// SPDX-License-Identifier: GPL-2.0
/*
 * engine_harness.c - main() for a semantic patch's input and its result,
 * built against the reference engine, so that the two can be compared
 * (engine_check).  For every combination of the case's HMCASE_INPUTS, on a
 * fresh engine state, it prints
 *
 *   run IN...
 *   violation RULE		one line per violation the engine saw
 *   digest VALUE		the case's cocci_digest, if it has one
 *
 * Lines are left out on purpose: a conversion moves code, and what must
 * not change is which bugs happen and what the pages end up holding.
 * A case that wants its data compared defines `unsigned long cocci_digest`
 * and sets it at the end of hmcase_run() (a sum over its pages, say).
 */
#include <stdio.h>
#include <hmengine.h>
#include <hmcase.h>

#define MAX_INPUTS 16

extern unsigned long cocci_digest __attribute__((weak));

static void run_case(void *inputs)
{
	hmcase_run(inputs);
}

static void run_one(const int *in, int count)
{
	int faulted;

	printf("run");
	for (int i = 0; i < count; i++)
		printf(" %d", in[i]);
	printf("\n");
	hm_engine_reset();
	if (&cocci_digest)
		cocci_digest = 0;
	faulted = hm_run_protected(run_case, (void *)in);
	hm_task_exit();
	for (int i = 0; i < hm_violation_count(); i++)
		printf("violation %s\n", hm_violation(i)->rule);
	if (faulted)
		printf("abandoned after a fault\n");
	else if (&cocci_digest)
		printf("digest %lx\n", cocci_digest);
}

/* Step `in` to the next combination, like an odometer; false at the end. */
static bool next_combination(int *in, const int *ranges, int count)
{
	for (int i = count - 1; i >= 0; i--) {
		if (++in[i] < ranges[i])
			return true;
		in[i] = 0;
	}
	return false;
}

int main(void)
{
	int in[MAX_INPUTS] = { 0 };
	struct hm_config config;

	if (hmcase_input_count < 0 || hmcase_input_count > MAX_INPUTS) {
		fprintf(stderr, "engine_harness: %d inputs, at most %d\n",
			hmcase_input_count, MAX_INPUTS);
		return 2;
	}
	for (int i = 0; i < hmcase_input_count; i++) {
		if (hmcase_inputs[i] < 1) {
			fprintf(stderr, "engine_harness: input %d has range %d\n",
				i, hmcase_inputs[i]);
			return 2;
		}
	}
	hm_config_default(&config);
	config.force_map = true;		/* order and leaks show in any zone */
	config.pkmap_unmap_on_release = true;	/* a stale kmap() address faults */
	config.abort_on_violation = false;
	if (hm_engine_init(&config))
		return 2;
	do
		run_one(in, hmcase_input_count);
	while (next_combination(in, hmcase_inputs, hmcase_input_count));
	hm_engine_fini();
	return 0;
}
