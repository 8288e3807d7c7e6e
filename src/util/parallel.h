/* SPDX-License-Identifier: MIT */
#ifndef PARALLEL_H
#define PARALLEL_H
/*
 * Independent work on every core: photo checks (photos scan), photo
 * drawing (the demo).  One pool, so that both pick their thread count and
 * report progress the same way.
 */
#include <stddef.h>

struct parallel_job {
	size_t	 n;				/* items 0 .. n-1 */
	int	 jobs;				/* threads; 0: one per online CPU */
	/* does item i; called on a worker thread, never twice for one i */
	void	(*run)(void *arg, size_t i);
	void	*arg;
	/* called now and then on the calling thread, last with done == n; may be NULL */
	void	(*progress)(void *arg, size_t done, size_t total);
	void	*progress_arg;
};

/*
 * Runs every item and returns when all are done.  With no thread to be had,
 * the work is done on the calling thread.
 */
void	parallel_run(const struct parallel_job *);
#endif
