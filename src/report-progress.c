/* caiji report progress: per college, how far the season has come. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "i18n.h"
#include "progress.h"
#include "report.h"
#include "xalloc.h"

static void
progress_add(struct report *r, const char *name, const struct progress_row *p)
{
	char v[6][16];

	snprintf(v[0], sizeof v[0], "%d", p->roster);
	snprintf(v[1], sizeof v[1], "%d", p->photo_ok);
	snprintf(v[2], sizeof v[2], "%d", p->photo_failing);
	snprintf(v[3], sizeof v[3], "%d", p->photo_missing);
	snprintf(v[4], sizeof v[4], "%d", p->roster_errors);
	snprintf(v[5], sizeof v[5], "%d", p->submitted);
	report_add(r, name, v[0], v[1], v[2], v[3], v[4], v[5]);
}

int
report_progress(struct report_ctx *ctx, struct report **out, char **cause)
{
	static const struct report_col cols[] = {
		{ N_("College"), 0, 0, REPORT_COL_BOTH, 0 },
		{ N_("Roster"), 1, 0, REPORT_COL_BOTH, 0 },
		{ N_("Photo OK"), 1, 0, REPORT_COL_BOTH, 0 },
		{ N_("Failing"), 1, 0, REPORT_COL_BOTH, 0 },
		{ N_("Missing"), 1, 0, REPORT_COL_BOTH, 0 },
		{ N_("Bad rows"), 1, 0, REPORT_COL_BOTH, 0 },
		{ N_("Submitted"), 1, 0, REPORT_COL_BOTH, 0 },
	};
	struct progress pr;
	struct report *r;

	if (progress_load(ctx->db, ctx->college != NULL ? ctx->college->id : 0,
	    ctx->cohort_id, &pr, cause) != 0)
		return -1;
	r = report_new(_("Progress by college"), 7, cols);
	for (size_t i = 0; i < pr.n; i++)
		progress_add(r, pr.v[i].college, &pr.v[i]);
	if (ctx->college == NULL)
		progress_add(r, _("Total"), &pr.total);
	progress_free(&pr);
	*out = r;
	return 0;
}
