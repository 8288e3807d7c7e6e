/* SPDX-License-Identifier: MIT */
/*
 * caiji report slips: one cut-out notice per student who must act, several
 * to an A4 page between cut lines, for the college to hand out: the name,
 * the seq, the college, what is wrong and what to do in plain words, and
 * the deadline (setting photo_deadline).  A slip never breaks across pages.
 * Orphan photo files have no student to hand a slip to; they are in the
 * chase list.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "util/i18n.h"
#include "report/report.h"
#include "db/settings.h"
#include "util/text.h"
#include "util/xalloc.h"

#define SLIP_WIDTH 76

static void
slips_cut(struct strbuf *sb)
{
	const char *scissors = text_locale_is_utf8() ? "\xe2\x9c\x82" : "8<";

	for (int i = 0; i < 18; i++)
		strbuf_puts(sb, "- ");
	strbuf_printf(sb, "%s", scissors);
	for (int i = 0; i < 18; i++)
		strbuf_puts(sb, " -");
	strbuf_putc(sb, '\n');
}

/* Appends s wrapped to the slip's width, every line indented by indent spaces. */
static void
slips_para(struct strbuf *sb, const char *first, const char *s, int indent)
{
	size_t n;
	char **v = report_wrap(s, SLIP_WIDTH - indent, &n);

	for (size_t i = 0; i < n; i++) {
		int pad = indent;

		if (i == 0) {
			strbuf_puts(sb, first);
			pad -= text_width(first);
		}
		strbuf_printf(sb, "%*s%s\n", pad > 0 ? pad : 0, "", v[i]);
	}
	report_wrap_free(v, n);
}

/* Counts the lines of s. */
static int
slips_lines(const char *s)
{
	int n = 0;

	for (; *s != '\0'; s++)
		n += *s == '\n';
	return n;
}

struct slips {
	struct strbuf	 page;		/* the text so far */
	struct strbuf	 slip;		/* the slip being written */
	int		 used;		/* lines on the current page */
	int		 room;		/* lines a page holds below its header */
	int		 count;
	char		*school;
	char		*deadline;
};

/* Closes the slip being written and places it, on a new page if need be. */
static void
slips_place(struct slips *sl)
{
	int len = slips_lines(strbuf_str(&sl->slip));

	if (len == 0)
		return;
	strbuf_printf(&sl->slip, _("Please put this right by %s.\n"), sl->deadline);
	len++;
	if (sl->used > 0 && sl->used + len + 2 > sl->room) {
		slips_cut(&sl->page);
		strbuf_puts(&sl->page, "\f");
		sl->used = 0;
	}
	slips_cut(&sl->page);
	strbuf_puts(&sl->page, strbuf_str(&sl->slip));
	strbuf_putc(&sl->page, '\n');
	sl->used += len + 2;
	strbuf_reset(&sl->slip);
	sl->count++;
}

int
report_slips(struct report_ctx *ctx, struct report **out, char **cause)
{
	static const struct report_col cols[] = {
		{ N_("College"), 0, 0, REPORT_COL_BOTH, 0 },
		{ N_("Seq"), 0, 0, REPORT_COL_BOTH, 0 },
		{ N_("Student no."), 0, 0, REPORT_COL_BOTH, 0 },
		{ N_("Name"), 0, 0, REPORT_COL_BOTH, 0 },
		{ N_("Problem"), 0, 0, REPORT_COL_BOTH, 0 },
		{ N_("What to do"), 0, 0, REPORT_COL_BOTH, 0 },
		{ N_("Deadline"), 0, 0, REPORT_COL_BOTH, 0 },
	};
	struct slips sl = { STRBUF_INIT, STRBUF_INIT, 0, ctx->lines - 3, 0, NULL, NULL };
	sqlite3_stmt *st;
	struct report *r;
	sqlite3_int64 last = -1;
	int step, item = 0;

	if ((st = report_flags_query(ctx, 1, 1, cause)) == NULL)
		return -1;
	sl.deadline = settings_get_default(ctx->db, "photo_deadline", "");
	r = report_new(_("Notices to students"), 7, cols);
	report_set_empty(r, _("Nobody has anything left to fix."));
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		const char *college = db_column_text(st, 0);
		const char *code = db_column_text(st, 4);
		const char *name = db_column_text(st, 3);
		const char *seq = db_column_text(st, 1);
		sqlite3_int64 id;
		char *text, *num;

		if (sqlite3_column_type(st, 7) == SQLITE_NULL)
			continue;	/* an orphan photo: nobody to hand a slip to */
		id = sqlite3_column_int64(st, 7);
		if (college == NULL)
			college = "";
		text = report_flag_text(ctx, code, db_column_text(st, 6));
		report_add(r, college, seq, db_column_text(st, 2), name, text,
		    report_flag_fix(code), sl.deadline);
		if (id != last) {
			slips_place(&sl);
			last = id;
			item = 0;
			strbuf_printf(&sl.slip, _("Photo collection notice  %s\n"), ctx->school);
			strbuf_printf(&sl.slip, _("Name: %s    Seq: %s    College: %s\n"), name, seq,
			    college);
			strbuf_printf(&sl.slip, "%s\n", _("Please put right:"));
		}
		num = xasprintf("  %d. ", ++item);
		slips_para(&sl.slip, num, text, 6);
		slips_para(&sl.slip, "", report_flag_fix(code), 6);
		free(num);
		free(text);
	}
	sqlite3_finalize(st);
	if (step != SQLITE_DONE) {
		*cause = db_error(ctx->db, _("cannot read the flags"));
		report_free(&r);
		strbuf_free(&sl.page);
		strbuf_free(&sl.slip);
		free(sl.deadline);
		return -1;
	}
	slips_place(&sl);
	if (sl.count > 0) {
		slips_cut(&sl.page);
		report_set_text(r, strbuf_detach(&sl.page));
	}
	strbuf_free(&sl.page);
	strbuf_free(&sl.slip);
	free(sl.deadline);
	*out = r;
	return 0;
}
