// SPDX-License-Identifier: GPL-2.0
/// kmap_atomic() disables preemption and page faults until kunmap_atomic():
/// nothing in between may sleep.  This finds, between the two in the same
/// function, a call of a function that always may sleep (mutexes,
/// semaphores, msleep(), wait_event*(), kmap() ...) or an allocation whose
/// GFP flags allow direct reclaim (GFP_KERNEL, GFP_NOFS, GFP_NOIO ...).
/// It is the pattern-level twin of hmcheck's sleep-in-atomic rule and stops
/// where patterns do: a sleep reached through a helper, GFP flags passed in
/// a variable, or a sleep on a path that cannot run while the mapping is
/// held are the analyzer's job.  Convert to kmap_local_page() where the
/// section does not rely on the disabled preemption (kmap_atomic_to_local.cocci),
/// or move the sleeping call out.
///
// Confidence: High
// Copyright: (C) 2026 the hmcheck authors.
// Comments: the list of sleeping functions is hmcheck's rules/sleep.rules
//  and the entries of rules/kmap.rules marked sleeps (a test keeps them equal).
// Options: --no-includes --include-headers
// Keywords: kmap_atomic, kunmap_atomic, might_sleep, sleep in atomic

virtual context
virtual org
virtual report

@initialize:python@
@@
org_mode = False
report = org = False

# BEGIN SLEEPERS (rules/sleep.rules, then the kmap.rules entries that sleep)
sleepers = frozenset("""
	mutex_lock mutex_lock_nested mutex_lock_interruptible
	mutex_lock_interruptible_nested mutex_lock_killable
	mutex_lock_killable_nested mutex_lock_io mutex_lock_io_nested
	mutex_lock_nest_lock _mutex_lock_nest_lock down
	down_interruptible down_killable down_timeout down_read
	down_read_interruptible down_read_killable down_read_nested
	down_read_killable_nested down_read_non_owner down_write
	down_write_killable down_write_nested
	down_write_killable_nested down_write_nest_lock
	_down_write_nest_lock msleep msleep_interruptible ssleep
	usleep_range usleep_range_state usleep_idle_range schedule
	schedule_timeout schedule_timeout_interruptible
	schedule_timeout_killable schedule_timeout_uninterruptible
	schedule_timeout_idle schedule_hrtimeout
	schedule_hrtimeout_range io_schedule io_schedule_timeout yield
	cond_resched _cond_resched __cond_resched might_sleep
	__might_sleep cond_resched_lock __cond_resched_lock
	cond_resched_rwlock_read __cond_resched_rwlock_read
	cond_resched_rwlock_write __cond_resched_rwlock_write
	wait_event wait_event_timeout
	wait_event_interruptible
	wait_event_interruptible_timeout
	wait_event_interruptible_exclusive wait_event_hrtimeout
	wait_event_interruptible_hrtimeout wait_event_killable
	wait_event_killable_timeout wait_event_killable_exclusive
	wait_event_freezable wait_event_freezable_timeout
	wait_event_freezable_exclusive wait_event_idle
	wait_event_idle_timeout wait_event_idle_exclusive
	wait_event_idle_exclusive_timeout wait_event_state
	io_wait_event wait_var_event wait_on_bit wait_on_bit_io
	wait_on_page_locked folio_wait_locked lock_page folio_lock
	wait_on_page_writeback folio_wait_writeback
	wait_for_completion
	wait_for_completion_io wait_for_completion_interruptible
	wait_for_completion_killable wait_for_completion_state
	wait_for_completion_timeout wait_for_completion_io_timeout
	wait_for_completion_interruptible_timeout
	wait_for_completion_killable_timeout synchronize_rcu
	synchronize_rcu_expedited synchronize_srcu synchronize_net
	rcu_barrier flush_work flush_delayed_work flush_workqueue
	__flush_workqueue flush_scheduled_work drain_workqueue
	cancel_work_sync cancel_delayed_work_sync destroy_workqueue
	kthread_stop vmalloc vzalloc vmalloc_user vmalloc_node
	vzalloc_node vmalloc_32 vmalloc_array vcalloc __vmalloc vmap
	vunmap vfree vm_map_ram vm_unmap_ram vm_unmap_aliases
	request_firmware filp_open filp_close get_user_pages
	get_user_pages_fast pin_user_pages pin_user_pages_fast
	mmap_read_lock mmap_write_lock kmap kmap_high kunmap
""".split())
# END SLEEPERS

# GFP flags with __GFP_DIRECT_RECLAIM: the allocation may sleep.
sleeping_gfp = frozenset("""
	GFP_KERNEL GFP_KERNEL_ACCOUNT GFP_NOFS GFP_NOIO GFP_USER
	GFP_HIGHUSER GFP_HIGHUSER_MOVABLE
""".split())

found = set()
seen = set()

def key(position):
	return (position.file, position.line, position.column)

# One report per call, however many paths or mappings lead to it.
def first_time(position):
	if key(position) in seen:
		return False
	seen.add(key(position))
	return True

def emit(position, message):
	if org_mode:
		coccilib.org.print_todo(position, message)
	else:
		coccilib.report.print_report(position, message)

@initialize:python depends on org@
@@
org_mode = org = True

@initialize:python depends on report@
@@
report = True

// Every call under the mapping; the script keeps the sleeping ones.
@sleeping_call exists@
expression page, address;
identifier map =~ "^(kmap_atomic|kmap_atomic_prot|kmap_atomic_pfn)$";
identifier callee;
position m, s;
@@

address = map@m(page, ...)
... when != kunmap_atomic(address)
callee@s(...)

@allocation exists@
expression page, address, flags;
identifier map =~ "^(kmap_atomic|kmap_atomic_prot|kmap_atomic_pfn)$";
identifier allocator, gfp;
position m, s;
@@

address = map@m(page, ...)
... when != kunmap_atomic(address)
(
allocator@s(..., gfp, ...)
|
allocator@s(..., gfp | flags, ...)
|
allocator@s(..., flags | gfp, ...)
)

@script:python@
m << sleeping_call.m;
s << sleeping_call.s;
map << sleeping_call.map;
callee << sleeping_call.callee;
@@

if callee in sleepers and first_time(s[0]):
	found.add(key(s[0]))
	if report or org:
		emit(s[0], "ERROR: %s() may sleep, under the %s() at line %s (preemption and page faults are disabled until kunmap_atomic())" % (callee, map, m[0].line))

@script:python@
m << allocation.m;
s << allocation.s;
map << allocation.map;
allocator << allocation.allocator;
gfp << allocation.gfp;
@@

if gfp in sleeping_gfp and first_time(s[0]):
	found.add(key(s[0]))
	if report or org:
		emit(s[0], "ERROR: %s(%s) may sleep, under the %s() at line %s: use GFP_ATOMIC or allocate before mapping" % (allocator, gfp, map, m[0].line))

@depends on context@
identifier callee;
position s : script:python() { key(s[0]) in found };
@@

* callee@s(...)
