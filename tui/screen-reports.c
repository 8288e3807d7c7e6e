/* SPDX-License-Identifier: MIT */
/*
 * Reports and exports (issue 4): the printable reports of the report core,
 * each previewed as `caiji report NAME` prints it (ID numbers masked) and
 * printed with P; and the Xuexin package export with a progress bar, which
 * q or Esc stops (the package being written is removed, nothing recorded).
 */
#include "config.h"

#include <signal.h>
#include <stdlib.h>
#include <string.h>

#include "tui/draw.h"
#include "export/export.h"
#include "tui/form.h"
#include "util/i18n.h"
#include "util/print.h"
#include "report/report-money.h"
#include "report/report-orders.h"
#include "report/report.h"
#include "tui/screen.h"
#include "util/strbuf.h"
#include "tui/tcurses.h"
#include "tui/textlines.h"
#include "util/xalloc.h"

/* The money and orders reports, whole (every college, every order). */
static int
reports_money(struct db *db, struct strbuf *out, char **cause)
{
	return report_money_text(db, NULL, NULL, out, cause);
}

static int
reports_orders(struct db *db, struct strbuf *out, char **cause)
{
	struct order_filter f;

	memset(&f, 0, sizeof f);
	return report_orders_text(db, &f, 0, out, cause);
}

struct reports_entry {
	const char	*label;		/* an N_() msgid */
	const char	*command;	/* caiji report COMMAND prints it */
	report_build_fn	 build;		/* a report of the report core */
	int		(*text)(struct db *, struct strbuf *, char **);	/* or a table report */
};

static const struct reports_entry reports_list[] = {
#define REPORT(name, label, summary) { label, #name, report_##name, NULL },
#include "report/reports.def"
#undef REPORT
	{ N_("Money: collection fees and scatter shoots"), "money", NULL, reports_money },
	{ N_("Scatter-shoot orders"), "orders", NULL, reports_orders },
	{ N_("Export Xuexin package"), NULL, NULL, NULL },	/* no report: the export */
};
#define REPORTS_N (int)(sizeof reports_list / sizeof reports_list[0])

struct reports {
	int		 cursor;
	struct textlines preview;	/* the report shown, or n == 0 */
	char		*text;		/* the preview's text as it prints */
	int		 shown;		/* which entry is previewed */
	int		 ptop;
	int		 asking;	/* the export form is up */
	struct form	 form;
	struct textlines summary;	/* the export's result, or n == 0 */
	volatile sig_atomic_t stop;	/* the clerk stopped the export */
	struct tui_area	 area;
};

static void *
reports_open(struct tui *t, const struct screen_arg *arg)
{
	struct reports *v = xcalloc(1, sizeof *v);

	(void)arg;
	v->area = tui_body(t);
	return v;
}

static void
reports_close(void *state)
{
	struct reports *v = state;

	textlines_free(&v->preview);
	textlines_free(&v->summary);
	free(v->text);
	free(v);
}

/* Shows the text of the report under the cursor (and frees sb). */
static void
reports_show(struct reports *v, struct strbuf *sb)
{
	free(v->text);
	v->text = xstrdup(strbuf_str(sb));
	textlines_split(&v->preview, v->text);
	if (v->preview.n == 0)
		textlines_split(&v->preview, " ");
	v->shown = v->cursor;
	v->ptop = 0;
	strbuf_free(sb);
}

/* Enter on a report: its text as `caiji report NAME` prints it. */
static void
reports_preview(struct tui *t, struct reports *v)
{
	struct report_opts o = REPORT_OPTS_INIT;
	struct report_ctx ctx;
	struct report *r = NULL;
	struct strbuf sb = STRBUF_INIT;
	char *cause = NULL;

	if (reports_list[v->cursor].text != NULL) {
		if (reports_list[v->cursor].text(tui_db(t), &sb, &cause) != 0) {
			strbuf_free(&sb);
			tui_fail(t, cause);
			return;
		}
		reports_show(v, &sb);
		return;
	}
	if (report_ctx_open(tui_db(t), &o, &ctx, &cause) != 0) {
		tui_fail(t, cause);
		return;
	}
	if (reports_list[v->cursor].build(&ctx, &r, &cause) != 0) {
		report_ctx_close(&ctx);
		tui_fail(t, cause);
		return;
	}
	report_render_text(r, &ctx, &sb);
	reports_show(v, &sb);
	report_free(&r);
	report_ctx_close(&ctx);
}

/* P in a preview: the text to the default printer, or how to save it. */
static void
reports_print(struct tui *t, struct reports *v)
{
	char *cause = NULL;

	if (print_spooler() == NULL) {
		tui_message(t, TUI_ERROR, _("No printer here (neither lp nor lpr is installed): "
		    "save the report with caiji report %s --out FILE and print that file on "
		    "another computer."), reports_list[v->shown].command);
		return;
	}
	if (print_text(NULL, _(reports_list[v->shown].label), v->text, strlen(v->text),
	    &cause) != 0) {
		tui_fail(t, cause);
		return;
	}
	tui_message(t, TUI_INFO, "%s", _("The report was sent to the printer."));
}

/*
 * The export's progress, drawn as each photo is copied; q or Esc typed
 * meanwhile stops it (other keys typed then are dropped).
 */
static void
reports_on_photo(void *arg, size_t done, size_t total)
{
	struct reports *v = arg;
	int y = v->area.y + v->area.h / 2;
	struct tui_key k;

	while (tui_read_now(&k))
		if (k.action == KA_BACK)
			v->stop = 1;
	if (v->stop)
		return;

	draw_printf(y - 1, 1, v->area.w - 2, DR_HEADER, _("Exporting: %zu of %zu photos"),
	    done, total);
	draw_bar(y, 1, v->area.w - 2, (long long)done, 0, (long long)total);
	refresh();
}

/* Runs the export into dir for every college; the summary replaces the list. */
static void
reports_export(struct tui *t, struct reports *v, const char *dir)
{
	struct export_opts o;
	struct export_result res;
	struct strbuf sb = STRBUF_INIT;
	char *cause = NULL;
	int rc;

	if (*dir == '\0') {
		tui_message(t, TUI_ERROR, "%s", _("Say which directory the packages go in."));
		return;
	}
	memset(&o, 0, sizeof o);
	memset(&res, 0, sizeof res);
	o.out = dir;
	o.csv_encoding = OUT_UTF8_BOM;
	o.on_photo = reports_on_photo;
	o.arg = v;
	o.stop = &v->stop;
	v->stop = 0;
	v->area = tui_body(t);
	for (int y = v->area.y; y < v->area.y + v->area.h; y++)
		draw_fill(y, 0, v->area.w, DR_NORMAL);
	draw_text(v->area.y, 1, v->area.w - 2, _("Exporting the Xuexin package; q or Esc "
	    "stops it."), DR_HEADER, 0);
	refresh();
	rc = export_xuexin(tui_db(t), &o, &res, &cause);
	strbuf_printf(&sb, "%s\n\n", rc == 0 ? _("Export finished.") : v->stop ?
	    _("Export stopped: the package being written was removed and not recorded.") :
	    _("Export failed."));
	if (res.stale_removed > 0)
		strbuf_printf(&sb, _("Removed %d unfinished package(s) left by an export that "
		    "was killed.\n"), res.stale_removed);
	for (size_t i = 0; i < res.n; i++) {
		const struct export_package *p = &res.v[i];

		if (p->path != NULL)
			strbuf_printf(&sb, _("%s: wrote %s (%zu included, %zu left out)\n"),
			    p->college, p->path, p->included, p->n - p->included);
		else if (p->decided)
			strbuf_printf(&sb, _("%s: nobody to export (%zu left out)\n"), p->college,
			    p->n);
	}
	if (res.n == 0 && rc == 0)
		strbuf_printf(&sb, "%s\n", _("No college has students to export."));
	strbuf_printf(&sb, "\n%s\n", _("Press q to go back."));
	textlines_split(&v->summary, strbuf_str(&sb));
	strbuf_free(&sb);
	export_result_free(&res);
	if (rc != 0 && v->stop)
		free(cause);
	else if (rc != 0)
		tui_fail(t, cause);
	clear();
}

static void
reports_draw(struct tui *t, void *state, const struct tui_area *a)
{
	struct reports *v = state;
	const struct textlines *l = v->summary.n > 0 ? &v->summary : &v->preview;
	int y = a->y;

	(void)t;
	v->area = *a;
	if (l->n > 0) {
		int top = l == &v->preview ? v->ptop : 0;

		for (int i = top; i < l->n && y < a->y + a->h; i++, y++)
			draw_text(y, 1, a->w - 1, l->v[i], DR_NORMAL, DRAW_CUT);
		return;
	}
	draw_text(y++, 1, a->w - 1, _("Reports and exports: Enter previews, P prints"),
	    DR_HEADER, 0);
	y++;
	for (int i = 0; i < REPORTS_N && y < a->y + a->h; i++, y++) {
		draw_fill(y, 0, a->w, i == v->cursor ? DR_CURSOR : DR_NORMAL);
		draw_text(y, 1, a->w - 1, _(reports_list[i].label),
		    i == v->cursor ? DR_CURSOR : DR_NORMAL, DRAW_CUT);
	}
	if (v->asking)
		form_draw(&v->form, a->y, a->x, a->h, a->w);
}

static int
reports_key(struct tui *t, void *state, const struct tui_key *k)
{
	struct reports *v = state;
	struct tui_area a = tui_body(t);

	if (k->action == KA_REFRESH)
		return 0;
	if (v->asking) {
		char *dir;

		switch (form_key(&v->form, k)) {
		case FORM_CANCEL:
			v->asking = 0;
			break;
		case FORM_SUBMIT:
			v->asking = 0;
			dir = form_value(&v->form, 0);
			reports_export(t, v, dir);
			free(dir);
			break;
		default:
			break;
		}
		return 1;
	}
	if (v->summary.n > 0) {
		if (k->action == KA_BACK)
			textlines_free(&v->summary);
		return 1;
	}
	if (v->preview.n > 0) {
		if (k->action == KA_BACK) {
			textlines_free(&v->preview);
			return 1;
		}
		if (k->action == KA_PRINT) {
			reports_print(t, v);
			return 1;
		}
		return keys_move(k, &v->ptop, v->preview.n > a.h ? v->preview.n - a.h : 0,
		    a.h);
	}
	if (k->action == KA_ENTER) {
		if (reports_list[v->cursor].build != NULL ||
		    reports_list[v->cursor].text != NULL) {
			reports_preview(t, v);
		} else {
			form_init(&v->form, _("Export Xuexin package"));
			form_add(&v->form, _("Output directory"), NULL, NULL);
			v->asking = 1;
		}
		return 1;
	}
	return keys_move(k, &v->cursor, REPORTS_N - 1, REPORTS_N);
}

static void
reports_resize(struct tui *t, void *state, const struct tui_area *a)
{
	struct reports *v = state;

	(void)t;
	v->area = *a;
	v->ptop = 0;
}

const struct screen_ops screen_reports_ops = {
	"reports", reports_open, reports_draw, reports_key, reports_resize, reports_close
};
