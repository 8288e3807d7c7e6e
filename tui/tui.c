/* SPDX-License-Identifier: MIT */
/*
 * The main loop: a stack of screens, the keyboard (or a key script), live
 * resize through KEY_RESIZE, and a poll of the database's data_version on a
 * one-second timeout so that another clerk's changes show up by themselves.
 */
#include "config.h"

#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include "tui/draw.h"
#include "util/i18n.h"
#include "tui/keys.h"
#include "tui/screen.h"
#include "tui/script.h"
#include "db/settings.h"
#include "db/share.h"
#include "util/text.h"
#include "tui/tui.h"
#include "util/user.h"
#include "util/xalloc.h"

#define TUI_DEPTH 8
#define TUI_POLL_MS 1000
#define TUI_MIN_LINES 10
#define TUI_MIN_COLS 40

struct tui_screen {
	const struct screen_ops	*ops;
	void			*state;
};

struct tui {
	struct db		*db;
	struct tui_screen	 stack[TUI_DEPTH];
	int			 depth;
	int			 quit;
	char			*message;
	enum tui_level		 level;
	long			 data_version;
	struct timespec		 polled;
	char			*institution;	/* for the top line */
};

/* Set by signal handlers only; the loop acts on them. */
static volatile sig_atomic_t tui_signalled;
static SCREEN *tui_term;

static void
tui_on_signal(int sig)
{
	tui_signalled = sig;
}

/* Restores the terminal on a fatal path (xalloc_fatal_hook) and on exit. */
static void
tui_restore(void)
{
	if (tui_term != NULL && !isendwin())
		endwin();
}

struct db *
tui_db(struct tui *t)
{
	return t->db;
}

struct tui_area
tui_body(struct tui *t)
{
	(void)t;
	return (struct tui_area){ 1, 0, LINES - 3 > 0 ? LINES - 3 : 0, COLS };
}

int
tui_stale(struct tui *t, const struct tui_key *k, long long *seen)
{
	long long now = share_generation(t->db);
	int forced = k->is_code || k->ch != 0;	/* F5 or C-l, not the poll */

	if (!forced && now == *seen)
		return 0;
	*seen = now;
	return 1;
}

void
tui_message(struct tui *t, enum tui_level level, const char *fmt, ...)
{
	va_list ap;

	free(t->message);
	va_start(ap, fmt);
	t->message = xvasprintf(fmt, ap);
	va_end(ap);
	t->level = level;
	if (level == TUI_ERROR)
		beep();
}

void
tui_fail(struct tui *t, char *cause)
{
	/* a lock held past the busy timeout is no error of the clerk's: say so */
	if (share_busy(t->db))
		tui_message(t, TUI_ERROR, "%s", _("Another clerk is writing to the database;"
		    " the screen reads it again when they have finished."));
	else
		tui_message(t, TUI_ERROR, "%s", cause != NULL ? cause : _("unknown error"));
	free(cause);
}

void
tui_push(struct tui *t, const struct screen_ops *ops, const struct screen_arg *arg)
{
	static const struct screen_arg none;
	void *state;

	if (t->depth == TUI_DEPTH) {
		/* deep enough: forget the oldest screen above the dashboard */
		t->stack[1].ops->close(t->stack[1].state);
		memmove(&t->stack[1], &t->stack[2], (TUI_DEPTH - 2) * sizeof t->stack[0]);
		t->depth--;
	}
	if ((state = ops->open(t, arg != NULL ? arg : &none)) == NULL)
		return;
	t->stack[t->depth].ops = ops;
	t->stack[t->depth].state = state;
	t->depth++;
}

static void
tui_close_top(struct tui *t, int refresh_below)
{
	static const struct tui_key refresh = { KA_REFRESH, 0, 0 };
	struct tui_screen *s;

	if (t->depth == 0)
		return;
	s = &t->stack[--t->depth];
	s->ops->close(s->state);
	/* the screen below may show what has changed meanwhile */
	if (refresh_below && t->depth > 0) {
		s = &t->stack[t->depth - 1];
		s->ops->key(t, s->state, &refresh);
	}
}

void
tui_pop(struct tui *t)
{
	tui_close_top(t, 1);
}

/* Goes to a top-level screen: back to the dashboard, then that screen. */
static void
tui_switch(struct tui *t, const struct screen_ops *ops)
{
	if (t->depth > 1) {
		while (t->depth > 2)
			tui_close_top(t, 0);
		tui_close_top(t, ops == &screen_dashboard_ops);
	}
	if (ops != &screen_dashboard_ops)
		tui_push(t, ops, NULL);
}

static void
tui_draw_top(struct tui *t)
{
	char clock[8];
	time_t now = time(NULL);
	struct tm tm;
	char *line;

	localtime_r(&now, &tm);
	strftime(clock, sizeof clock, "%H:%M", &tm);
	draw_fill(0, 0, COLS, DR_TITLE);
	line = xasprintf(_("caiji %s  %s  clerk %s"), VERSION, t->institution, user_name());
	draw_text(0, 1, COLS - 8, line, DR_TITLE, DRAW_CUT);
	draw_text(0, COLS - 6, 5, clock, DR_TITLE, DRAW_RIGHT);
	free(line);
}

/* The function-key bar: every key-table entry with a bar label. */
static void
tui_draw_keybar(void)
{
	int x = 0, y = LINES - 1;

	draw_fill(y, 0, COLS, DR_KEYLABEL);
	for (const struct key_entry *e = key_table; e->action != KA_NONE; e++) {
		char fkey[8];
		const char *label;
		int kw, lw;

		if (e->bar == NULL || keys_fkey(e->action, fkey, sizeof fkey) == NULL)
			continue;
		label = C_(e->bar);	/* a label may have a context (NC_) */
		kw = (int)strlen(fkey);
		lw = text_width(label);
		if (x + kw + lw + 1 > COLS)
			break;
		draw_text(y, x, kw, fkey, DR_KEY, 0);
		draw_text(y, x + kw, lw + 1, label, DR_KEYLABEL, 0);
		x += kw + lw + 1;
	}
}

static void
tui_draw(struct tui *t)
{
	struct tui_screen *s = &t->stack[t->depth - 1];
	struct tui_area body = tui_body(t);

	erase();
	curs_set(0);
	if (LINES < TUI_MIN_LINES || COLS < TUI_MIN_COLS) {
		draw_printf(0, 0, COLS, DR_ERROR, _("The terminal is too small (%dx%d); caiji needs %dx%d."),
		    COLS, LINES, TUI_MIN_COLS, TUI_MIN_LINES);
		refresh();
		return;
	}
	tui_draw_top(t);
	tui_draw_keybar();
	if (t->message != NULL)
		draw_text(LINES - 2, 0, COLS, t->message,
		    t->level == TUI_ERROR ? DR_ERROR : DR_NORMAL, DRAW_CUT);
	/* last, so that a screen with a text field can leave the cursor there */
	s->ops->draw(t, s->state, &body);
	refresh();
}

static void
tui_load_top(struct tui *t)
{
	char *name = settings_get_default(t->db, "institution_name", "");
	char *season = settings_get_default(t->db, "season", "");

	free(t->institution);
	t->institution = xasprintf("%s %s", name, season);
	free(name);
	free(season);
}

static long
tui_ms_since(const struct timespec *then)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return (now.tv_sec - then->tv_sec) * 1000 + (now.tv_nsec - then->tv_nsec) / 1000000;
}

/* Another clerk committed something: the screen on top reads again. */
static void
tui_poll(struct tui *t)
{
	static const struct tui_key refresh = { KA_REFRESH, 0, 0 };
	long v;

	clock_gettime(CLOCK_MONOTONIC, &t->polled);
	v = share_data_version(t->db);
	if (v == t->data_version || t->depth == 0)
		return;
	t->data_version = v;
	tui_load_top(t);
	t->stack[t->depth - 1].ops->key(t, t->stack[t->depth - 1].state, &refresh);
}

static void
tui_resize(struct tui *t)
{
	struct tui_area body = tui_body(t);

	for (int i = 0; i < t->depth; i++)
		t->stack[i].ops->resize(t, t->stack[i].state, &body);
	clear();
}

/* What the main loop does with a key the screen did not use. */
static void
tui_global_key(struct tui *t, const struct tui_key *k)
{
	switch (k->action) {
	case KA_HELP:
		if (t->stack[t->depth - 1].ops != &screen_help_ops)
			tui_push(t, &screen_help_ops, NULL);
		break;
	case KA_DASHBOARD:
		tui_switch(t, &screen_dashboard_ops);
		break;
	case KA_ROSTER:
		tui_switch(t, &screen_roster_ops);
		break;
	case KA_FLAGS:
		tui_switch(t, &screen_flags_ops);
		break;
	case KA_CHECKIN:
		tui_switch(t, &screen_checkin_ops);
		break;
	case KA_ORDERS:
		tui_switch(t, &screen_orders_ops);
		break;
	case KA_INVOICES:
		tui_switch(t, &screen_invoices_ops);
		break;
	case KA_REPORTS:
		tui_switch(t, &screen_reports_ops);
		break;
	case KA_QUIT:
		t->quit = 1;
		break;
	case KA_BACK:
		/* q leaves the dashboard; a stray Esc there does nothing */
		if (t->depth > 1 || (!k->is_code && k->ch == L'q'))
			tui_pop(t);
		break;
	case KA_REFRESH:
		tui_load_top(t);
		clear();
		break;
	default:
		break;
	}
}

static void
tui_handle(struct tui *t, const struct tui_key *k)
{
	struct tui_screen *s = &t->stack[t->depth - 1];

	free(t->message);
	t->message = NULL;
	if (!s->ops->key(t, s->state, k))
		tui_global_key(t, k);
}

/* Reads a key from the keyboard; 0 on timeout or interruption. */
static int
tui_read(struct tui_key *k)
{
	wint_t ch;
	int rc = get_wch(&ch);

	if (rc == ERR)
		return 0;
	k->is_code = rc == KEY_CODE_YES;
	k->ch = ch;
	k->action = keys_action(k->is_code, ch);
	return 1;
}

int
tui_read_now(struct tui_key *k)
{
	int rc;

	timeout(0);
	rc = tui_read(k);
	timeout(TUI_POLL_MS);
	return rc;
}

/*
 * Home and End as terminals really send them, whatever TERM's terminfo
 * says: tmux, screen and PuTTY send ESC [1~ and ESC [4~, xterm ESC [H and
 * ESC [F (ESC OH and ESC OF in keypad mode), rxvt ESC [7~ and ESC [8~.
 * terminfo knows one pair (xterm-256color: ESC OH) and curses read the rest
 * as Esc (back!) and three characters; each pair it lacks is added unless
 * the sequence already means another key.
 */
static void
tui_define_keys(void)
{
	static const struct {
		const char	*seq;
		int		 code;
	} alt[] = {
		{ "\033[1~", KEY_HOME }, { "\033[H", KEY_HOME }, { "\033OH", KEY_HOME },
		{ "\033[7~", KEY_HOME },
		{ "\033[4~", KEY_END }, { "\033[F", KEY_END }, { "\033OF", KEY_END },
		{ "\033[8~", KEY_END },
	};

	for (size_t i = 0; i < sizeof alt / sizeof alt[0]; i++)
		if (key_defined(alt[i].seq) == 0)
			define_key(alt[i].seq, alt[i].code);
}

static void
tui_setup_signals(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = tui_on_signal;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
}

/* One line per key: its label, the wall-clock and the CPU microseconds. */
static void
tui_timing(FILE *f, const char *label, const struct timespec *start,
    const struct timespec *cpu_start)
{
	struct timespec end, cpu_end;

	if (f == NULL)
		return;
	clock_gettime(CLOCK_MONOTONIC, &end);
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu_end);
	fprintf(f, "%s\t%ld\t%ld\n", label,
	    (long)((end.tv_sec - start->tv_sec) * 1000000 + (end.tv_nsec - start->tv_nsec) / 1000),
	    (long)((cpu_end.tv_sec - cpu_start->tv_sec) * 1000000 +
	    (cpu_end.tv_nsec - cpu_start->tv_nsec) / 1000));
}

static void
tui_loop(struct tui *t, struct script *sc, FILE *timings)
{
	while (t->depth > 0 && !t->quit && !tui_signalled) {
		struct timespec start, cpu_start;
		struct tui_key k;
		const char *label = "";

		tui_draw(t);
		if (sc != NULL) {
			if (sc->next == sc->n)
				break;
			k = sc->v[sc->next].key;
			label = sc->v[sc->next++].label;
		} else if (!tui_read(&k)) {
			tui_poll(t);
			continue;
		}
		clock_gettime(CLOCK_MONOTONIC, &start);
		clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu_start);
		if (k.is_code && k.ch == KEY_RESIZE)
			tui_resize(t);
		else
			tui_handle(t, &k);
		if (t->depth > 0 && tui_ms_since(&t->polled) >= TUI_POLL_MS)
			tui_poll(t);
		if (timings != NULL && t->depth > 0) {
			tui_draw(t);
			tui_timing(timings, label, &start, &cpu_start);
		}
	}
}

int
tui_main(struct db *db, const struct tui_options *opts, char **cause)
{
	struct tui t;
	struct script sc;
	FILE *timings = NULL;
	struct rusage ru;

	memset(&t, 0, sizeof t);
	t.db = db;
	keys_init();
	if (opts->script != NULL && script_load(opts->script, &sc, cause) != 0)
		return -1;
	if (opts->timings != NULL && (timings = fopen(opts->timings, "w")) == NULL) {
		*cause = xasprintf(_("cannot write %s"), opts->timings);
		goto fail;
	}
	if ((tui_term = newterm(NULL, stdout, stdin)) == NULL) {
		*cause = xstrdup(_("cannot use this terminal (is TERM set?)"));
		goto fail;
	}
	xalloc_fatal_hook = tui_restore;
	tui_setup_signals();
	cbreak();
	noecho();
	keypad(stdscr, TRUE);
	tui_define_keys();
	/* Esc alone goes back at once; $ESCDELAY (ms) for a slow link */
	if (getenv("ESCDELAY") == NULL)
		set_escdelay(25);
	timeout(TUI_POLL_MS);
	draw_init();
	tui_load_top(&t);
	t.data_version = share_data_version(db);
	clock_gettime(CLOCK_MONOTONIC, &t.polled);

	tui_push(&t, &screen_dashboard_ops, NULL);
	tui_loop(&t, opts->script != NULL ? &sc : NULL, timings);
	while (t.depth > 0)
		tui_close_top(&t, 0);

	tui_restore();
	delscreen(tui_term);
	tui_term = NULL;
	xalloc_fatal_hook = NULL;
	if (timings != NULL) {
		getrusage(RUSAGE_SELF, &ru);
		fprintf(timings, "peak_rss_kb\t%ld\n", ru.ru_maxrss);
		fclose(timings);
	}
	if (opts->script != NULL)
		script_free(&sc);
	if (t.message != NULL && t.level == TUI_ERROR)
		fprintf(stderr, "caiji: %s\n", t.message);
	free(t.message);
	free(t.institution);
	return 0;
fail:
	if (timings != NULL)
		fclose(timings);
	if (opts->script != NULL)
		script_free(&sc);
	return -1;
}

void
tui_list_keys(FILE *f)
{
	keys_list(f);
}
