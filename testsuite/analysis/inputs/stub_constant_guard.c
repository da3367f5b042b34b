#include "kapi.h"

/*
 * A sleep under a test of a static stub whose every return is the same
 * constant (virt/kvm/kvm_main.c:234 with --db: kvm_xen_msr_enabled() is
 * `{ return false; }` without CONFIG_KVM_XEN): the call's result is that
 * constant, the test takes one side, and the sleep behind a false stub
 * is dead code (constant_return.c).  A stub returning true, one whose
 * returns disagree, a member tested instead, and a function another file
 * may replace (not static: a __weak default) still report.
 */
struct vm { int flags; struct mutex m; };
struct vcpu { struct vm *vm; int state; };

static inline bool feature_enabled(struct vm *vm)
{
	return false;
}

static inline int feature_on(struct vm *vm)
{
	return 1;
}

static int feature_mixed(struct vm *vm)
{
	if (vm->flags)
		return 0;
	return 1;
}

/* Two returns, the same constant. */
static int feature_level(struct vm *vm)
{
	if (vm->flags)
		return 0;
	return 0;
}

int arch_feature(struct vm *vm)
{
	return 0;
}

void update_guest(struct vcpu *v, int state)
{
	v->state = state;
	mutex_lock(&v->vm->m);
	mutex_unlock(&v->vm->m);
}

static inline void set_runnable(struct vcpu *v)
{
	update_guest(v, 1);
}

void put_stub(struct vcpu *v)
{
	preempt_disable();
	if (feature_enabled(v->vm))
		set_runnable(v);
	preempt_enable();
}

void put_stub_level(struct vcpu *v)
{
	preempt_disable();
	if (feature_level(v->vm))
		set_runnable(v);
	preempt_enable();
}

void put_stub_not(struct vcpu *v)
{
	preempt_disable();
	if (!feature_on(v->vm))
		set_runnable(v);
	preempt_enable();
}

void put_stub_on(struct vcpu *v)
{
	preempt_disable();
	if (feature_on(v->vm))
		set_runnable(v);	/* expect: sleep-in-atomic */
	preempt_enable();
}

void put_mixed(struct vcpu *v)
{
	preempt_disable();
	if (feature_mixed(v->vm))
		set_runnable(v);	/* expect: sleep-in-atomic */
	preempt_enable();
}

void put_flag(struct vcpu *v)
{
	preempt_disable();
	if (v->vm->flags)
		set_runnable(v);	/* expect: sleep-in-atomic */
	preempt_enable();
}

void put_arch(struct vcpu *v)
{
	preempt_disable();
	if (arch_feature(v->vm))
		set_runnable(v);	/* expect: sleep-in-atomic */
	preempt_enable();
}
