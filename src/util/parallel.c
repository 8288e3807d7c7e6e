/* SPDX-License-Identifier: MIT */
/* A fixed pool of threads taking items in turn; progress from the caller's thread. */
#include "config.h"

#include <pthread.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include "util/parallel.h"
#include "util/xalloc.h"

struct parallel_state {
	const struct parallel_job *job;
	size_t			 next, done;
	pthread_mutex_t		 mu;
	pthread_cond_t		 cv;
};

static void *
parallel_worker(void *arg)
{
	struct parallel_state *s = arg;

	for (;;) {
		size_t i;

		pthread_mutex_lock(&s->mu);
		i = s->next++;
		pthread_mutex_unlock(&s->mu);
		if (i >= s->job->n)
			break;
		s->job->run(s->job->arg, i);
		pthread_mutex_lock(&s->mu);
		s->done++;
		pthread_cond_signal(&s->cv);
		pthread_mutex_unlock(&s->mu);
	}
	return NULL;
}

void
parallel_run(const struct parallel_job *job)
{
	struct parallel_state s = { job, 0, 0, PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER };
	pthread_t *t;
	int jobs = job->jobs, started = 0;

	if (jobs <= 0) {
		long ncpu = sysconf(_SC_NPROCESSORS_ONLN);

		jobs = ncpu > 0 ? (int)ncpu : 1;
	}
	if ((size_t)jobs > job->n)
		jobs = job->n > 0 ? (int)job->n : 1;
	t = xcalloc((size_t)jobs, sizeof *t);
	for (int i = 0; i < jobs; i++) {
		if (pthread_create(&t[i], NULL, parallel_worker, &s) != 0)
			break;
		started++;
	}
	if (started == 0)
		parallel_worker(&s);
	pthread_mutex_lock(&s.mu);
	while (s.done < job->n) {
		struct timespec ts;

		if (job->progress != NULL) {
			size_t done = s.done;

			pthread_mutex_unlock(&s.mu);
			job->progress(job->progress_arg, done, job->n);
			pthread_mutex_lock(&s.mu);
		}
		/* wake at each item done, and at least every 100 ms */
		clock_gettime(CLOCK_REALTIME, &ts);
		ts.tv_nsec += 100 * 1000000;
		if (ts.tv_nsec >= 1000000000) {
			ts.tv_sec++;
			ts.tv_nsec -= 1000000000;
		}
		if (s.done < job->n)
			pthread_cond_timedwait(&s.cv, &s.mu, &ts);
	}
	pthread_mutex_unlock(&s.mu);
	for (int i = 0; i < started; i++)
		pthread_join(t[i], NULL);
	if (job->progress != NULL)
		job->progress(job->progress_arg, job->n, job->n);
	pthread_cond_destroy(&s.cv);
	pthread_mutex_destroy(&s.mu);
	free(t);
}
