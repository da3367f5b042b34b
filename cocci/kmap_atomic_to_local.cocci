// SPDX-License-Identifier: GPL-2.0
/// kmap_atomic() is deprecated: besides mapping the page it disables page
/// faults and preemption until kunmap_atomic().  Where nothing between the
/// two relies on that, kmap_local_page()/kunmap_local() is the replacement
/// (Documentation/mm/highmem.rst).  This converts such pairs, and only them:
/// a pair is kept when the code it encloses makes a user copy (whose short
/// count is the fallback for the disabled page faults), reads the CPU
/// number or per-CPU data, touches the preempt or pagefault counts, tests
/// in_atomic(), takes a lock, or when a path leaves the function with the
/// mapping held.  Nested pairs keep the strict reverse unmap order: two
/// adjacent unmaps in mapping order are swapped when both pairs convert, and
/// any other misordered nesting is left to a human.  Report mode lists the
/// pairs that convert and the ones kept, with the reason.
///
// Confidence: Moderate
// Copyright: (C) 2026 the hmcheck authors.
// Comments: the enclosed code is checked in the function only: a callee
//  that relies on disabled preemption is not seen (hmcheck's sleep and
//  deprecated rules follow calls).
// Options: --no-includes --include-headers
// Keywords: kmap_atomic, kunmap_atomic, kmap_local_page, kunmap_local

virtual patch
virtual context
virtual org
virtual report

@initialize:python@
@@
org_mode = False
seen = set()

# One message per kmap_atomic() call, the first reason found.
def first_time(position):
	key = (position.file, position.line, position.column)
	if key in seen:
		return False
	seen.add(key)
	return True

def emit(position, message):
	if org_mode:
		coccilib.org.print_todo(position, message)
	else:
		coccilib.report.print_report(position, message)

@initialize:python depends on org@
@@
org_mode = True

// What the enclosed code may rely on: user copies that expect to fail
// rather than fault, the CPU number, per-CPU data, the preempt and pagefault
// counts, atomic-context tests, and locks (under kmap_atomic() a spin lock
// may lean on the disabled preemption; when in doubt, don't convert).
@unsafe exists@
expression page, addr;
identifier call =~ "^(__copy_from_user_inatomic|__copy_from_user_inatomic_nocache|__copy_to_user_inatomic|copy_from_user|copy_to_user|__copy_from_user|__copy_to_user|raw_copy_from_user|raw_copy_to_user|copy_from_user_nofault|copy_to_user_nofault|get_user|put_user|__get_user|__put_user|clear_user|__clear_user|strncpy_from_user|strnlen_user|copy_page_from_iter_atomic|copy_from_iter|copy_to_iter|copy_page_to_iter|copy_page_from_iter|fault_in_readable|fault_in_writeable|smp_processor_id|raw_smp_processor_id|get_cpu|put_cpu|get_cpu_ptr|put_cpu_ptr|get_cpu_var|put_cpu_var|per_cpu|per_cpu_ptr|this_cpu_ptr|raw_cpu_ptr|(__)?this_cpu_[a-z_]+|(raw|__)?cpu_[a-z_]+_(read|write|add|inc|dec)|preempt_[a-z_]+|pagefault_[a-z_]+|in_atomic|in_interrupt|in_irq|in_softirq|in_task|preemptible|irqs_disabled|local_irq_[a-z_]+|local_bh_[a-z_]+|local_lock[a-z_]*|local_unlock[a-z_]*|(raw_)?spin_(try)?lock[a-z_]*|(raw_)?spin_unlock[a-z_]*|(raw_)?(read|write)_(try)?lock[a-z_]*|(raw_)?(read|write)_unlock[a-z_]*|bit_spin_(try)?lock|bit_spin_unlock|__bit_spin_unlock|rcu_read_lock_sched[a-z_]*|rcu_read_unlock_sched[a-z_]*|rcu_dereference_sched[a-z_]*|kmap_atomic_idx[a-z_]*|kmap_atomic_[a-z_]+|kunmap_atomic_[a-z_]+)$";
position m, c;
@@

addr = kmap_atomic@m(page)
... when != kunmap_atomic(addr)
call@c(...)

// A path that leaves the function with the mapping held (or unmaps it in
// some other way): the pair is not self-contained, leave it alone.
@unpaired exists@
expression page, addr, offset;
position m;
@@

addr = kmap_atomic@m(page)
... when != kunmap_atomic(addr)
    when != kunmap_local(addr)
(
return ...;
|
kunmap_atomic(\(addr + offset\|addr - offset\));
)

// Two nested pairs unmapped in mapping order: a bug before the conversion
// already, and the one pattern ad-hoc conversions got wrong.
@misordered exists@
expression page1, page2, addr1, addr2;
position m1, m2, u1;
@@

addr1 = kmap_atomic@m1(page1)
... when != kunmap_atomic(addr1)
addr2 = kmap_atomic@m2(page2)
... when != kunmap_atomic(addr2)
    when != kunmap_atomic(addr1)
kunmap_atomic@u1(addr1);

// Both safe and the two unmaps adjacent: convert and swap them.
@swap depends on patch@
expression page1, page2, addr1, addr2;
position m1 != {unsafe.m, unpaired.m}, m2 != {unsafe.m, unpaired.m};
@@

addr1 =
- kmap_atomic@m1(page1)
+ kmap_local_page(page1)
... when != kunmap_atomic(addr1)
addr2 =
- kmap_atomic@m2(page2)
+ kmap_local_page(page2)
... when != kunmap_atomic(addr2)
    when != kunmap_atomic(addr1)
- kunmap_atomic(addr1);
- kunmap_atomic(addr2);
+ kunmap_local(addr2);
+ kunmap_local(addr1);

@convert depends on patch@
expression page, addr;
position m != {unsafe.m, unpaired.m, misordered.m1, misordered.m2};
@@

addr =
- kmap_atomic@m(page)
+ kmap_local_page(page)
...
- kunmap_atomic(addr);
+ kunmap_local(addr);

// Report mode: what converts and what is kept.
@convertible depends on !patch forall@
expression page, addr;
position m != {unsafe.m, unpaired.m, misordered.m1, misordered.m2};
@@

addr = kmap_atomic@m(page)
...
* kunmap_atomic(addr);

@swappable depends on !patch forall@
expression page1, page2, addr1, addr2;
position u1;
position m1 != {unsafe.m, unpaired.m}, m2 != {unsafe.m, unpaired.m};
@@

addr1 = kmap_atomic@m1(page1)
... when != kunmap_atomic(addr1)
addr2 = kmap_atomic@m2(page2)
... when != kunmap_atomic(addr2)
    when != kunmap_atomic(addr1)
* kunmap_atomic@u1(addr1);
kunmap_atomic(addr2);

@script:python depends on report || org@
m << convertible.m;
@@

emit(m[0], "WARNING: kmap_atomic()/kunmap_atomic() can be kmap_local_page()/kunmap_local()")

@script:python depends on report || org@
m1 << swappable.m1;
m2 << swappable.m2;
u1 << swappable.u1;
@@

first_time(m2[0])
if first_time(m1[0]):
	emit(m1[0], "WARNING: nested kmap_atomic() unmapped in mapping order at line %s: convert to kmap_local_page() and swap the two unmaps" % u1[0].line)

@script:python depends on report || org@
m << unsafe.m;
c << unsafe.c;
call << unsafe.call;
@@

if first_time(m[0]):
	emit(m[0], "INFO: kmap_atomic() kept: %s() at line %s may rely on disabled page faults or preemption" % (call, c[0].line))

@script:python depends on report || org@
m << unpaired.m;
@@

if first_time(m[0]):
	emit(m[0], "INFO: kmap_atomic() kept: not released by kunmap_atomic() of the same address on every path")

// After the reasons above: a misordered nesting that is not two adjacent
// unmaps of convertible pairs.
@script:python depends on report || org@
m1 << misordered.m1;
m2 << misordered.m2;
u1 << misordered.u1;
@@

if first_time(m1[0]):
	emit(m1[0], "INFO: kmap_atomic() kept: unmapped at line %s before the mapping nested in it (line %s): fix the order by hand" % (u1[0].line, m2[0].line))
