/* SPDX-License-Identifier: MIT */
/*
 * Keyset paging: each fetch asks for the rows after (or before) the sort key
 * of a row already on screen, "(key, id) > (?, ?) ORDER BY key, id LIMIT n",
 * which the indexes answer without reading what lies before.  The SQL is put
 * together only from the constant fragments below; every value is bound.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "view/browse.h"
#include "util/i18n.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

struct browse_sort_def {
	const char	*name;
	const char	*key[2];	/* sort expressions; the row id breaks ties */
};

static const struct browse_sort_def browse_sorts[BROWSE_SORT__COUNT] = {
	[BROWSE_SORT_SEQ] = { N_("seq"), { "s.seq", NULL } },
	[BROWSE_SORT_STUDENT_NO] = { N_("student number"), { "s.student_no", NULL } },
	[BROWSE_SORT_NAME] = { N_("name"), { "s.name", NULL } },
	[BROWSE_SORT_GENDER] = { N_("gender"), { "s.gender", NULL } },
	[BROWSE_SORT_COLLEGE] = { N_("college"), { "IFNULL(s.college_id, 0)", "s.seq" } },
	[BROWSE_SORT_MAJOR] = { N_("major"), { "s.major", NULL } },
	[BROWSE_SORT_LEVEL] = { N_("level"), { "s.level", NULL } },
	[BROWSE_SORT_ID_NUMBER] = { N_("ID number"), { "s.id_number", NULL } },
	[BROWSE_SORT_COHORT] = { N_("cohort"), { "s.cohort_id", "s.seq" } },
};

static const char *const browse_photos[BROWSE_PHOTO__COUNT] = {
	[BROWSE_PHOTO_ANY] = N_("any photo"),
	[BROWSE_PHOTO_MISSING] = N_("photo missing"),
	[BROWSE_PHOTO_FAILING] = N_("photo failing"),
	[BROWSE_PHOTO_OK] = N_("photo ok"),
};

static const char browse_select[] =
	"SELECT s.id, s.seq, s.student_no, s.name, s.gender, s.id_number,"
	" IFNULL(c.name, ''), IFNULL(h.name, ''), s.major, s.level,"
	" s.collected_at IS NOT NULL,"
	" (SELECT count(*) FROM flags f WHERE f.student_id = s.id AND f.severity = 'error'),"
	" (SELECT count(*) FROM flags f WHERE f.student_id = s.id AND f.severity = 'warning')";
static const char browse_from[] =
	" FROM students s LEFT JOIN colleges c ON c.id = s.college_id"
	" LEFT JOIN cohorts h ON h.id = s.cohort_id";
#define BROWSE_NCOLS 13

/* A value to bind, in the order the placeholders appear. */
struct browse_bind {
	int	 is_text;
	int64_t	 i;
	char	*s;
};

struct browse {
	struct db		*db;
	enum browse_sort	 sort;
	int			 descending;
	/*
	 * " WHERE ..." or "": the same conditions, as EXISTS for fetching (a
	 * page stops early) and as IN for counting (driven by the flags index).
	 */
	struct strbuf		 where;
	struct strbuf		 where_count;
	/*
	 * where, with the search kept off its indexes: when the filter
	 * matches many students, walking the sort order finds a page of
	 * them sooner than gathering them all from the search's indexes
	 * and sorting them.  Used when scan is set (browse_probe decides).
	 */
	struct strbuf		 where_scan;
	int			 scan;
	int			 searching;	/* a search is set */
	/*
	 * When the only filter is one flag code (count_code) or the failing
	 * photos: the students are counted from the flags alone, as distinct
	 * student ids, without looking each one up (flags.student_id is a
	 * foreign key, ON DELETE CASCADE, enforced on every connection db_open
	 * makes).  count_flags is the condition on flags, or NULL.
	 */
	const char		*count_flags;
	char			*count_code;
	struct browse_bind	 binds[12];
	int			 nbinds;
};

const char *
browse_sort_name(enum browse_sort s)
{
	return browse_sorts[s].name;
}

const char *
browse_photo_name(enum browse_photo p)
{
	return browse_photos[p];
}

/* ---- building the query ------------------------------------------------- */

static void
browse_bind_int(struct browse *b, int64_t i)
{
	b->binds[b->nbinds].is_text = 0;
	b->binds[b->nbinds++].i = i;
}

static void
browse_bind_str(struct browse *b, const char *s)
{
	b->binds[b->nbinds].is_text = 1;
	b->binds[b->nbinds++].s = xstrdup(s);
}

static void
browse_clear(struct browse *b)
{
	for (int i = 0; i < b->nbinds; i++)
		if (b->binds[i].is_text)
			free(b->binds[i].s);
	b->nbinds = 0;
	strbuf_reset(&b->where);
	strbuf_reset(&b->where_count);
	strbuf_reset(&b->where_scan);
	b->scan = b->searching = 0;
	free(b->count_code);
	b->count_code = NULL;
	b->count_flags = NULL;
}

/*
 * Adds a condition; count_cond is its form for counting and scan_cond its
 * form for walking the sort order, or NULL for the same.
 */
static void
browse_and3(struct browse *b, const char *cond, const char *count_cond, const char *scan_cond)
{
	strbuf_puts(&b->where, b->where.len == 0 ? " WHERE " : " AND ");
	strbuf_puts(&b->where, cond);
	strbuf_puts(&b->where_count, b->where_count.len == 0 ? " WHERE " : " AND ");
	strbuf_puts(&b->where_count, count_cond != NULL ? count_cond : cond);
	strbuf_puts(&b->where_scan, b->where_scan.len == 0 ? " WHERE " : " AND ");
	strbuf_puts(&b->where_scan, scan_cond != NULL ? scan_cond : cond);
}

static void
browse_and2(struct browse *b, const char *cond, const char *count_cond)
{
	browse_and3(b, cond, count_cond, NULL);
}

static void
browse_and(struct browse *b, const char *cond)
{
	browse_and3(b, cond, NULL, NULL);
}

/*
 * 1 when s is only lower-case ASCII letters: a try at pinyin initials (a seq
 * or an ID number has no letters to match then).  The initials are stored
 * with the name (students.initials, indexed), so this is a prefix like the
 * others.
 */
static int
browse_is_initials(const char *s)
{
	for (; *s != '\0'; s++)
		if (*s < 'a' || *s > 'z')
			return 0;
	return 1;
}

/*
 * "(col >= ? AND col < ? OR ...)" over the columns; with plus, each column
 * as +col, which keeps SQLite from answering the term from its index.
 */
static char *
browse_prefix_cond(const char *const *cols, int plus)
{
	struct strbuf sb = STRBUF_INIT;

	strbuf_putc(&sb, '(');
	for (int i = 0; cols[i] != NULL; i++)
		strbuf_printf(&sb, "%s%ss.%s >= ? AND %ss.%s < ?", i > 0 ? " OR " : "",
		    plus ? "+" : "", cols[i], plus ? "+" : "", cols[i]);
	strbuf_putc(&sb, ')');
	return strbuf_detach(&sb);
}

/* Adds "prefix of seq, student number, ID number or name" (or initials). */
static void
browse_search(struct browse *b, const char *q)
{
	static const char *const initials_cols[] = { "student_no", "name", "initials", NULL };
	static const char *const cols[] = { "seq", "student_no", "name", "id_number", NULL };
	const char *const *c = browse_is_initials(q) ? initials_cols : cols;
	char *hi = xasprintf("%s\xff", q), *up = xstrdup(q), *uphi;
	char *cond = browse_prefix_cond(c, 0), *scan_cond = browse_prefix_cond(c, 1);

	/* ID numbers end in an upper-case X; a reader or a clerk may type x */
	for (char *p = up; *p != '\0'; p++)
		if (*p == 'x')
			*p = 'X';
	uphi = xasprintf("%s\xff", up);
	browse_and3(b, cond, NULL, scan_cond);
	for (int i = 0; c[i] != NULL; i++) {
		int id = strcmp(c[i], "id_number") == 0;

		browse_bind_str(b, id ? up : q);
		browse_bind_str(b, id ? uphi : hi);
	}
	free(cond);
	free(scan_cond);
	free(hi);
	free(up);
	free(uphi);
}

struct browse *
browse_new(struct db *db)
{
	struct browse *b = xcalloc(1, sizeof *b);

	b->db = db;
	return b;
}

void
browse_free(struct browse **bp)
{
	if (*bp == NULL)
		return;
	browse_clear(*bp);
	strbuf_free(&(*bp)->where);
	strbuf_free(&(*bp)->where_count);
	strbuf_free(&(*bp)->where_scan);
	free(*bp);
	*bp = NULL;
}

static void
browse_bind_all(struct browse *b, sqlite3_stmt *st)
{
	for (int i = 0; i < b->nbinds; i++) {
		if (b->binds[i].is_text)
			db_bind_text(st, i + 1, b->binds[i].s);
		else
			sqlite3_bind_int64(st, i + 1, b->binds[i].i);
	}
}

/*
 * Whether the filter matches many students (BROWSE_SCAN_FROM or more): then
 * a page is fetched by walking the sort order (where_scan), about
 * limit * students / matches rows; else from the search's indexes, sorting
 * the matches.  Counting stops at the threshold, so this costs little.
 */
#define BROWSE_SCAN_FROM 1000
static int
browse_probe(struct browse *b, char **cause)
{
	struct strbuf sql = STRBUF_INIT;
	sqlite3_stmt *st;
	int rc;

	strbuf_puts(&sql, "SELECT count(*) FROM (SELECT 1 FROM students s");
	strbuf_puts(&sql, strbuf_str(&b->where));
	strbuf_puts(&sql, " LIMIT ?)");
	st = db_prepare(b->db, strbuf_str(&sql), cause);
	strbuf_free(&sql);
	if (st == NULL)
		return -1;
	browse_bind_all(b, st);
	sqlite3_bind_int(st, b->nbinds + 1, BROWSE_SCAN_FROM);
	rc = sqlite3_step(st);
	b->scan = rc == SQLITE_ROW && sqlite3_column_int(st, 0) >= BROWSE_SCAN_FROM;
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW) {
		*cause = db_error(b->db, _("cannot count the students"));
		return -1;
	}
	return 0;
}

int
browse_set(struct browse *b, const struct browse_filter *f, enum browse_sort sort,
    int descending, char **cause)
{
	if ((int)sort < 0 || sort >= BROWSE_SORT__COUNT) {
		*cause = xstrdup(_("unknown sort order"));
		return -1;
	}
	browse_clear(b);
	b->sort = sort;
	b->descending = descending;
	if (f->college_id != 0) {
		browse_and(b, "s.college_id = ?");
		browse_bind_int(b, f->college_id);
	}
	if (f->cohort_id != 0 && f->college_id != 0) {
		/*
		 * Counted from students_college_cohort; fetched in the college's
		 * order (students_college and the like), which that index would
		 * lose: its matches would all be read and sorted.
		 */
		browse_and2(b, "+s.cohort_id = ?", "s.cohort_id = ?");
		browse_bind_int(b, f->cohort_id);
	} else if (f->cohort_id != 0) {
		browse_and(b, "s.cohort_id = ?");
		browse_bind_int(b, f->cohort_id);
	}
	if (f->flag != NULL && *f->flag != '\0') {
		browse_and2(b, "EXISTS (SELECT 1 FROM flags f WHERE f.student_id = s.id"
		    " AND f.code = ?)", "s.id IN (SELECT student_id FROM flags WHERE code = ?)");
		browse_bind_str(b, f->flag);
	}
	if (f->photo == BROWSE_PHOTO_MISSING)
		browse_and2(b, "EXISTS (SELECT 1 FROM flags f WHERE f.student_id = s.id"
		    " AND f.code = 'PHOTO_MISSING')",
		    "s.id IN (SELECT student_id FROM flags WHERE code = 'PHOTO_MISSING')");
	else if (f->photo == BROWSE_PHOTO_FAILING)
		browse_and2(b, "EXISTS (SELECT 1 FROM flags f WHERE f.student_id = s.id"
		    " AND f.code >= 'PHOTO_' AND f.code < 'PHOTO`' AND f.code <> 'PHOTO_MISSING'"
		    " AND f.severity = 'error')",
		    "s.id IN (SELECT student_id FROM flags WHERE code >= 'PHOTO_' AND code < 'PHOTO`'"
		    " AND code <> 'PHOTO_MISSING' AND severity = 'error')");
	if (f->photo == BROWSE_PHOTO_OK)
		/* driven by the photos scanned, however many students there are */
		browse_and(b, "s.seq IN (SELECT seq FROM photos WHERE seq <> '')"
		    " AND NOT EXISTS (SELECT 1 FROM flags f WHERE f.student_id = s.id"
		    " AND f.code >= 'PHOTO_' AND f.code < 'PHOTO`' AND f.severity = 'error')");
	if (f->search != NULL && *f->search != '\0')
		browse_search(b, f->search);
	if (f->college_id == 0 && f->cohort_id == 0 && (f->search == NULL || *f->search == '\0')) {
		int flag = f->flag != NULL && *f->flag != '\0';

		if (flag && (f->photo == BROWSE_PHOTO_ANY ||
		    (f->photo == BROWSE_PHOTO_MISSING && strcmp(f->flag, "PHOTO_MISSING") == 0)))
			b->count_code = xstrdup(f->flag);
		else if (!flag && f->photo == BROWSE_PHOTO_MISSING)
			b->count_code = xstrdup("PHOTO_MISSING");
		else if (!flag && f->photo == BROWSE_PHOTO_FAILING)
			b->count_flags = "code >= 'PHOTO_' AND code < 'PHOTO`'"
			    " AND code <> 'PHOTO_MISSING' AND severity = 'error'";
		if (b->count_code != NULL)
			b->count_flags = "code = ?";
	}
	if (f->search != NULL && *f->search != '\0') {
		b->searching = 1;
		return browse_probe(b, cause);
	}
	return 0;
}

int
browse_count(struct browse *b, int64_t *count, char **cause)
{
	return browse_count_upto(b, 0, count, NULL, cause);
}

int
browse_count_upto(struct browse *b, int64_t cap, int64_t *count, int *more, char **cause)
{
	struct strbuf sql = STRBUF_INIT;
	sqlite3_stmt *st;
	int rc, capped = cap > 0 && b->searching && b->count_flags == NULL;

	if (more != NULL)
		*more = 0;
	if (b->count_flags != NULL)
		strbuf_printf(&sql, "SELECT count(DISTINCT student_id) FROM flags WHERE %s",
		    b->count_flags);
	else if (capped) {
		strbuf_puts(&sql, "SELECT count(*) FROM (SELECT 1 FROM students s");
		strbuf_puts(&sql, strbuf_str(&b->where_count));
		strbuf_printf(&sql, " LIMIT %lld)", (long long)cap + 1);
	} else {
		strbuf_puts(&sql, "SELECT count(*) FROM students s");
		strbuf_puts(&sql, strbuf_str(&b->where_count));
	}
	st = db_prepare(b->db, strbuf_str(&sql), cause);
	strbuf_free(&sql);
	if (st == NULL)
		return -1;
	if (b->count_code != NULL)
		db_bind_text(st, 1, b->count_code);
	else if (b->count_flags == NULL)
		browse_bind_all(b, st);
	rc = sqlite3_step(st);
	*count = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW) {
		*cause = db_error(b->db, _("cannot count the students"));
		return -1;
	}
	if (capped && *count > cap) {
		*count = cap;
		if (more != NULL)
			*more = 1;
	}
	return 0;
}

static void
browse_row_clear(struct browse_row *r)
{
	free(r->seq);
	free(r->student_no);
	free(r->name);
	free(r->gender);
	free(r->id_number);
	free(r->college);
	free(r->cohort);
	free(r->major);
	free(r->level);
	for (int i = 0; i < r->nkey; i++)
		sqlite3_value_free(r->key[i]);
}

void
browse_rows_free(struct browse_rows *rows)
{
	for (size_t i = 0; i < rows->n; i++)
		browse_row_clear(&rows->v[i]);
	free(rows->v);
	rows->v = NULL;
	rows->n = 0;
}

static void
browse_row_read(sqlite3_stmt *st, int nkey, struct browse_row *r)
{
	r->id = sqlite3_column_int64(st, 0);
	r->seq = db_column_strdup(st, 1);
	r->student_no = db_column_strdup(st, 2);
	r->name = db_column_strdup(st, 3);
	r->gender = db_column_strdup(st, 4);
	r->id_number = db_column_strdup(st, 5);
	r->college = db_column_strdup(st, 6);
	r->cohort = db_column_strdup(st, 7);
	r->major = db_column_strdup(st, 8);
	r->level = db_column_strdup(st, 9);
	r->collected = sqlite3_column_int(st, 10);
	r->errors = sqlite3_column_int(st, 11);
	r->warnings = sqlite3_column_int(st, 12);
	r->nkey = nkey;
	for (int i = 0; i < nkey; i++)
		r->key[i] = sqlite3_value_dup(sqlite3_column_value(st, BROWSE_NCOLS + i));
}

int
browse_fetch(struct browse *b, const struct browse_row *from, int dir, int inclusive,
    size_t limit, struct browse_rows *out, char **cause)
{
	const struct browse_sort_def *def = &browse_sorts[b->sort];
	struct strbuf sql = STRBUF_INIT, keys = STRBUF_INIT;
	struct browse_rows rows = { NULL, 0 };
	int nkey = def->key[1] != NULL ? 3 : 2, forward = (dir > 0) != b->descending;
	sqlite3_stmt *st;
	int rc = SQLITE_DONE;

	strbuf_printf(&keys, "%s%s%s, s.id", def->key[0], def->key[1] != NULL ? ", " : "",
	    def->key[1] != NULL ? def->key[1] : "");
	strbuf_puts(&sql, browse_select);
	strbuf_printf(&sql, ", %s", strbuf_str(&keys));
	strbuf_puts(&sql, browse_from);
	strbuf_puts(&sql, strbuf_str(b->scan ? &b->where_scan : &b->where));
	if (from != NULL) {
		/*
		 * A search with few matches reads them from its indexes: the
		 * place in the order (+) must not send SQLite walking the sort
		 * order's index from there instead, past every other student.
		 */
		const char *plus = b->searching && !b->scan ? "+" : "";

		strbuf_puts(&sql, b->where.len == 0 ? " WHERE (" : " AND (");
		strbuf_printf(&sql, "%s%s, ", plus, def->key[0]);
		if (def->key[1] != NULL)
			strbuf_printf(&sql, "%s%s, ", plus, def->key[1]);
		strbuf_printf(&sql, "%ss.id) %s (?%s)", plus,
		    forward ? (inclusive ? ">=" : ">") : (inclusive ? "<=" : "<"),
		    nkey == 3 ? ", ?, ?" : ", ?");
	}
	strbuf_puts(&sql, " ORDER BY ");
	for (int i = 0; i < nkey; i++)
		strbuf_printf(&sql, "%s%s %s", i > 0 ? ", " : "",
		    i == nkey - 1 ? "s.id" : def->key[i], forward ? "ASC" : "DESC");
	strbuf_puts(&sql, " LIMIT ?");
	st = db_prepare(b->db, strbuf_str(&sql), cause);
	strbuf_free(&sql);
	strbuf_free(&keys);
	if (st == NULL)
		return -1;
	browse_bind_all(b, st);
	if (from != NULL)
		for (int i = 0; i < nkey; i++)
			sqlite3_bind_value(st, b->nbinds + 1 + i, from->key[i]);
	sqlite3_bind_int64(st, b->nbinds + 1 + (from != NULL ? nkey : 0), (int64_t)limit);
	rows.v = xcalloc(limit == 0 ? 1 : limit, sizeof *rows.v);
	while (rows.n < limit && (rc = sqlite3_step(st)) == SQLITE_ROW)
		browse_row_read(st, nkey, &rows.v[rows.n++]);
	if (rows.n < limit && rc != SQLITE_DONE) {
		sqlite3_finalize(st);
		browse_rows_free(&rows);
		*cause = db_error(b->db, _("cannot read the roster"));
		return -1;
	}
	sqlite3_finalize(st);
	/* read backwards: put them in display order */
	if (dir < 0)
		for (size_t i = 0; i < rows.n / 2; i++) {
			struct browse_row t = rows.v[i];

			rows.v[i] = rows.v[rows.n - 1 - i];
			rows.v[rows.n - 1 - i] = t;
		}
	browse_rows_free(out);
	*out = rows;
	return 0;
}

int
browse_cohorts(struct db *db, struct browse_choices *c, char **cause)
{
	sqlite3_stmt *st;
	int rc;

	c->v = NULL;
	c->n = 0;
	if ((st = db_prepare(db, "SELECT id, name FROM cohorts ORDER BY id", cause)) == NULL)
		return -1;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		c->v = xreallocarray(c->v, c->n + 1, sizeof *c->v);
		c->v[c->n].id = sqlite3_column_int(st, 0);
		c->v[c->n++].name = db_column_strdup(st, 1);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		browse_choices_free(c);
		*cause = db_error(db, _("cannot read the cohorts"));
		return -1;
	}
	return 0;
}

void
browse_choices_free(struct browse_choices *c)
{
	for (size_t i = 0; i < c->n; i++)
		free(c->v[i].name);
	free(c->v);
	c->v = NULL;
	c->n = 0;
}
