/* SPDX-License-Identifier: MIT */
/*
 * The demo season: generated rosters with realistic defects, a database,
 * the import.  Nothing random escapes the seeded generator.
 */
#include "config.h"

#include <errno.h>
#include <iconv.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "demo/demo.h"
#include "util/fsmode.h"
#include "util/i18n.h"
#include "roster/idcard.h"
#include "roster/roster.h"
#include "season/season.h"
#include "db/settings.h"
#include "util/strbuf.h"
#include "util/when.h"
#include "util/xalloc.h"

#define DEMO_SEED		2021
#define DEMO_INST_CODE		"19999"
#define DEMO_INST_NAME		"齐鲁示范艺术职业学院"
#define DEMO_PER_COLLEGE	24
#define DEMO_SINGLE		15	/* 公共教学部's 2022 single-admission cohort */

static const char *const demo_surnames[] = {
	"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱",
	"高", "林", "何", "郭", "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于",
	"董", "萧", "程", "曹", "袁", "邓", "许", "傅", "沈", "曾", "彭", "吕", "欧阳", "司马"
};
static const char *const demo_given_m[] = {
	"伟", "强", "磊", "军", "洋", "勇", "杰", "涛", "明", "超", "浩然", "子轩", "宇航",
	"俊杰", "志强", "文博", "家豪", "鹏", "昊天", "晨阳"
};
static const char *const demo_given_f[] = {
	"芳", "娜", "敏", "静", "丽", "艳", "婷", "雪", "慧", "佳怡", "欣怡", "梓涵", "雨萱",
	"诗琪", "晓彤", "思雨", "梦洁", "玉兰", "春燕", "一诺"
};
static const char *const demo_regions[] = {
	"370102", "370103", "370202", "370203", "370302", "370602", "370702", "370902",
	"371002", "371102", "371302", "371402", "371502", "371602", "110105", "320106",
	"410105", "130102"
};

/* College names (as in data/colleges.tsv), their majors and how their files are saved. */
static const struct {
	const char	*name;
	int		 seq_first;
	const char	*majors[3];
	int		 gb18030;	/* saved by Excel "CSV" (GBK) rather than "CSV UTF-8" */
	int		 title;		/* a merged title row above the header */
} demo_colleges[] = {
	{ "传媒学院", 1001, { "播音与主持", "广播影视节目制作", "摄影摄像技术" }, 1, 1 },
	{ "环境艺术设计学院", 2001, { "环境艺术设计", "建筑室内设计", "园林工程技术" }, 0, 0 },
	{ "应用设计学院", 3001, { "视觉传播设计与制作", "服装与服饰设计", "产品艺术设计" }, 1, 0 },
	{ "音乐舞蹈学院", 4001, { "音乐表演", "舞蹈表演", "音乐教育" }, 0, 1 },
	{ "美术学院", 5001, { "美术教育", "雕刻艺术设计", "书画艺术" }, 1, 1 },
	{ "公共教学部", 6001, { "学前教育", "社会体育", "文秘" }, 0, 0 },
	{ "航空学院", 7001, { "空中乘务", "航空服务", "机场运行" }, 1, 0 },
};
#define DEMO_NCOLLEGES (sizeof demo_colleges / sizeof demo_colleges[0])

static unsigned long
demo_rand(unsigned long *s)
{
	/* a 64-bit LCG, the high bits */
	*s = *s * 6364136223846793005UL + 1442695040888963407UL;
	return (*s >> 33);
}

static unsigned long
demo_pick(unsigned long *s, unsigned long n)
{
	return demo_rand(s) % n;
}

#define DEMO_PICK(s, a) ((a)[demo_pick((s), sizeof (a) / sizeof (a)[0])])

/* A valid 18-digit ID number of someone born 1998-2001. */
static void
demo_id(unsigned long *s, int male, char out[32])
{
	static const int mdays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	int y = 1998 + (int)demo_pick(s, 4), m = 1 + (int)demo_pick(s, 12);
	int d = 1 + (int)demo_pick(s, (unsigned long)mdays[m - 1]);
	int q = (int)demo_pick(s, 500) * 2 + (male ? 1 : 0);

	snprintf(out, 32, "%.6s%04d%02d%02d%03d", DEMO_PICK(s, demo_regions), y % 10000, m, d,
	    q % 1000);
	out[17] = idcard_check_char(out);
	out[18] = '\0';
}

/* A CSV cell; quoted when needed. */
static void
demo_cell(struct strbuf *sb, const char *s, int last)
{
	if (strpbrk(s, ",\"\r\n") != NULL) {
		strbuf_putc(sb, '"');
		for (; *s != '\0'; s++) {
			if (*s == '"')
				strbuf_putc(sb, '"');
			strbuf_putc(sb, *s);
		}
		strbuf_putc(sb, '"');
	} else
		strbuf_puts(sb, s);
	strbuf_puts(sb, last ? "\r\n" : ",");
}

struct demo_row {
	char	seq[16];
	char	no[32];
	char	name[64];
	char	gender[16];
	char	id[32];
	char	major[64];
	char	note[64];
};

/*
 * The defects, spread over the colleges: student i of college c gets the
 * defect of the first rule that matches.
 */
static void
demo_defects(unsigned long *s, size_t c, int i, struct demo_row *r, struct demo_row *prev)
{
	(void)s;
	if (i == 2) {				/* a mistyped check digit */
		r->id[17] = r->id[17] == '9' ? '0' : (r->id[17] == 'X' ? '1' : r->id[17] + 1);
		strcpy(r->note, "");
	} else if (i == 4 && c % 2 == 0) {	/* Excel scientific notation */
		memmove(r->id + 2, r->id + 1, 5);	/* "370102..." becomes "3.70102E+17" */
		r->id[1] = '.';
		memcpy(r->id + 7, "E+17", 5);
	}
	else if (i == 6 && (c == 1 || c == 6))	/* the same seq twice */
		strcpy(r->seq, prev->seq);
	else if (i == 7 && c % 3 == 0)		/* a seq of another college's block */
		snprintf(r->seq, sizeof r->seq, "%04d", demo_colleges[(c + 1) % DEMO_NCOLLEGES].seq_first + i);
	else if (i == 8 && c != 5)		/* a missing field */
		r->major[0] = '\0';
	else if (i == 9) {			/* gender that does not match the ID */
		strcpy(r->gender, strcmp(r->gender, "男") == 0 ? "女" : "男");
	} else if (i == 10 && c == 1)	/* seq typed without its leading digits */
		snprintf(r->seq, sizeof r->seq, "%d", atoi(r->seq) % 1000);
	else if (i == 11) {			/* full-width digits and a lower-case x */
		char fw[64];
		size_t k = 0;

		for (const char *p = r->no; *p != '\0' && k + 4 < sizeof fw; p++) {
			fw[k++] = (char)0xef;
			fw[k++] = (char)0xbc;
			fw[k++] = (char)(0x90 + (*p - '0'));
		}
		fw[k] = '\0';
		strcpy(r->no, fw);
	} else if (i == 12) {			/* ideographic spaces around the name */
		char n[80];

		snprintf(n, sizeof n, "\xe3\x80\x80%s\xe3\x80\x80", r->name);
		if (strlen(n) < sizeof r->name)
			memcpy(r->name, n, strlen(n) + 1);
	} else if (i == 13)			/* gender as Excel forms write it */
		strcpy(r->gender, strcmp(r->gender, "男") == 0 ? "M" : "2");
	else if (i == 14 && c == 6)		/* one ID number for two students */
		strcpy(r->id, prev->id);
	else if (i == 15 && c == 3) {		/* an old 15-digit number */
		memmove(r->id + 6, r->id + 8, 9);
		r->id[15] = '\0';
	}
	if (r->id[17] == 'X' && i == 16)
		r->id[17] = 'x';
}

/* Writes the UTF-8 text to path, converted to GB18030 or with a UTF-8 BOM. */
static int
demo_save(const char *path, const struct strbuf *sb, int gb18030, char **cause)
{
	FILE *f;
	char *out = NULL, *ip = sb->s, *op;
	size_t il = sb->len, ol = sb->len * 2 + 16, n;
	iconv_t cd;
	int rc = -1;

	if (gb18030) {
		if ((cd = iconv_open("GB18030", "UTF-8")) == (iconv_t)-1) {
			*cause = xasprintf(_("cannot convert to GB18030: %s"), strerror(errno));
			return -1;
		}
		out = op = xmalloc(ol);
		n = iconv(cd, &ip, &il, &op, &ol);
		iconv_close(cd);
		if (n == (size_t)-1) {
			*cause = xasprintf(_("cannot convert to GB18030: %s"), strerror(errno));
			free(out);
			return -1;
		}
		n = (size_t)(op - out);
	} else {
		out = xmalloc(sb->len + 3);
		memcpy(out, "\xef\xbb\xbf", 3);
		memcpy(out + 3, sb->s, sb->len);
		n = sb->len + 3;
	}
	if ((f = fopen(path, "wb")) == NULL) {
		*cause = xasprintf(_("cannot create %s: %s"), path, strerror(errno));
		goto out;
	}
	if (fwrite(out, 1, n, f) != n || fclose(f) != 0) {
		*cause = xasprintf(_("cannot write %s: %s"), path, strerror(errno));
		goto out;
	}
	rc = 0;
out:
	free(out);
	return rc;
}

static void
demo_roster(unsigned long *s, size_t c, const char *cohort, int count, int year,
    int first_seq, int no_seq_from, struct strbuf *sb)
{
	static const char *const header[] = {
		"拍摄序号", "学号", "姓名", "性别", "身份证号", "院校代码", "学校名称", "专业",
		"层次", "学院", "批次", "备注"
	};
	struct demo_row r, prev;

	memset(&prev, 0, sizeof prev);
	if (demo_colleges[c].title)
		strbuf_printf(sb, "%s届毕业生图像采集名单（%s）,,,,,,,,,,,\r\n", cohort[3] == '2' ?
		    "2022" : "2021", demo_colleges[c].name);
	for (size_t k = 0; k < sizeof header / sizeof header[0]; k++)
		demo_cell(sb, header[k], k + 1 == sizeof header / sizeof header[0]);
	for (int i = 0; i < count; i++) {
		int male = (int)demo_pick(s, 2);

		memset(&r, 0, sizeof r);
		if (i < no_seq_from)
			snprintf(r.seq, sizeof r.seq, "%04d", first_seq + i);
		snprintf(r.no, sizeof r.no, "%04d%02zu%04d", year, c + 1, i + 1);
		snprintf(r.name, sizeof r.name, "%s%s", DEMO_PICK(s, demo_surnames),
		    male ? DEMO_PICK(s, demo_given_m) : DEMO_PICK(s, demo_given_f));
		strcpy(r.gender, male ? "男" : "女");
		demo_id(s, male, r.id);
		snprintf(r.major, sizeof r.major, "%s", demo_colleges[c].majors[demo_pick(s, 3)]);
		if (demo_pick(s, 8) == 0)
			strcpy(r.note, "已离校");
		if (*cohort == '2' && cohort[3] == '1')
			demo_defects(s, c, i, &r, &prev);
		demo_cell(sb, r.seq, 0);
		demo_cell(sb, r.no, 0);
		demo_cell(sb, r.name, 0);
		demo_cell(sb, r.gender, 0);
		demo_cell(sb, r.id, 0);
		demo_cell(sb, DEMO_INST_CODE, 0);
		demo_cell(sb, DEMO_INST_NAME, 0);
		demo_cell(sb, r.major, 0);
		demo_cell(sb, "专科", 0);
		demo_cell(sb, demo_colleges[c].name, 0);
		demo_cell(sb, cohort, 0);
		demo_cell(sb, r.note, 1);
		prev = r;
	}
}

int
demo_write_rosters(const char *dir, unsigned long seed, char ***files, size_t *n, char **cause)
{
	struct strbuf sb = STRBUF_INIT;
	unsigned long s = seed;
	char *path;

	*files = NULL;
	*n = 0;
	for (size_t c = 0; c <= DEMO_NCOLLEGES; c++) {
		size_t col = c < DEMO_NCOLLEGES ? c : 5;

		strbuf_reset(&sb);
		if (c < DEMO_NCOLLEGES) {
			demo_roster(&s, c, "2021届未采集", DEMO_PER_COLLEGE, 2017,
			    demo_colleges[c].seq_first, DEMO_PER_COLLEGE, &sb);
			path = xasprintf("%s/2021-%s.csv", dir, demo_colleges[c].name);
		} else {
			/* the single-admission cohort: the last three still lack a seq */
			demo_roster(&s, col, "2022届公共教学部单招", DEMO_SINGLE, 2019,
			    demo_colleges[col].seq_first + 100, DEMO_SINGLE - 3, &sb);
			path = xasprintf("%s/2022-%s-单招.csv", dir, demo_colleges[col].name);
		}
		if (demo_save(path, &sb, demo_colleges[col].gb18030, cause) != 0) {
			free(path);
			strbuf_free(&sb);
			return -1;
		}
		*files = xreallocarray(*files, *n + 1, sizeof **files);
		(*files)[(*n)++] = path;
	}
	strbuf_free(&sb);
	return 0;
}

void
demo_say(struct demo_ctx *ctx, const char *fmt, ...)
{
	va_list ap;
	char *line;

	if (ctx->say == NULL)
		return;
	va_start(ap, fmt);
	line = xvasprintf(fmt, ap);
	va_end(ap);
	ctx->say(ctx->arg, line);
	free(line);
}

static int
demo_step_rosters(struct demo_ctx *ctx, char **cause)
{
	char *dir = xasprintf("%s/rosters", ctx->dir);
	int rc = -1;

	if (mkdir(dir, 0700) != 0 && errno != EEXIST) {
		*cause = xasprintf(_("cannot create %s: %s"), dir, strerror(errno));
		goto out;
	}
	if (demo_write_rosters(dir, ctx->rng, &ctx->rosters, &ctx->nrosters, cause) != 0)
		goto out;
	demo_say(ctx, _("Wrote %zu roster files in %s"), ctx->nrosters, dir);
	rc = 0;
out:
	free(dir);
	return rc;
}

static int
demo_step_season(struct demo_ctx *ctx, char **cause)
{
	char *deadline = when_today(7), *onsite = when_today(14);
	int created, rc = -1;

	if ((ctx->db = db_open(ctx->db_path, DB_CREATE, cause)) == NULL)
		goto out;
	/*
	 * Marked as a demo being made before anything else, so that a demo cut
	 * short is made again and a clerk's own season is never taken for one.
	 * The dates are a week and a fortnight ahead: the countdown means something.
	 */
	if (season_init(ctx->db, ctx->datadir, DEMO_INST_CODE, DEMO_INST_NAME, &created,
	    cause) != 0 || settings_set_many(ctx->db, (const char *const[]){ "demo", "unfinished",
	    "photo_deadline", deadline, "onsite_date", onsite, NULL }, cause) != 0)
		goto out;
	demo_say(ctx, _("Created the season database %s"), ctx->db_path);
	rc = 0;
out:
	free(deadline);
	free(onsite);
	return rc;
}

/*
 * A demo made by an earlier run: a finished one is opened (ctx->db), one cut
 * short is removed to be made again, and a season that is not a demo is
 * refused.  No database: nothing to do.
 */
static int
demo_reopen(struct demo_ctx *ctx, char **cause)
{
	char *state;

	if (access(ctx->db_path, F_OK) != 0)
		return 0;
	if ((ctx->db = db_open(ctx->db_path, 0, cause)) == NULL)
		return -1;
	state = settings_get(ctx->db, "demo");
	if (state != NULL && strcmp(state, "ready") == 0) {
		free(state);
		return 0;
	}
	db_free(&ctx->db);
	if (state == NULL) {
		*cause = xasprintf(_("%s is a season, not a demo: give the demo another directory"),
		    ctx->db_path);
		return -1;
	}
	free(state);
	demo_say(ctx, _("The demo in %s was not finished; making it again"), ctx->dir);
	db_remove_files(ctx->db_path);
	return 0;
}

static int
demo_step_import(struct demo_ctx *ctx, char **cause)
{
	struct roster_options opt = { NULL, NULL, CSVREAD_AUTO, 0 };
	struct roster_summary sum;

	if (roster_import(ctx->db, (const char *const *)ctx->rosters, ctx->nrosters, &opt,
	    NULL, NULL, &sum, cause) != 0)
		return -1;
	demo_say(ctx, _("Imported %ld students (%ld values normalised)"), sum.added,
	    sum.normalised);
	return 0;
}

const struct demo_step demo_steps[] = {
	{ "rosters", demo_step_rosters },
	{ "season", demo_step_season },
	{ "import", demo_step_import },
	{ "photos", demo_step_photos },
	{ "orders", demo_step_orders },
	{ NULL, NULL }
};

int
demo_run(struct demo_ctx *ctx, char **cause)
{
	char *inside;
	int rc;

	if (ctx->rng == 0)
		ctx->rng = DEMO_SEED;
	if (demo_reopen(ctx, cause) != 0)
		return -1;
	if (ctx->db != NULL) {
		demo_say(ctx, _("Opened the demo season made earlier in %s"), ctx->dir);
		return 0;
	}
	/* the folder and its parents ($XDG_DATA_HOME/caiji/demo) */
	inside = xasprintf("%s/season.db", ctx->dir);
	rc = fsmode_mkdirs(inside, cause);
	free(inside);
	if (rc != 0)
		return -1;
	for (const struct demo_step *st = demo_steps; st->name != NULL; st++)
		if (st->run(ctx, cause) != 0)
			return -1;
	return settings_set_many(ctx->db, (const char *const[]){ "demo", "ready", NULL }, cause);
}

void
demo_ctx_free(struct demo_ctx *ctx)
{
	for (size_t i = 0; i < ctx->nrosters; i++)
		free(ctx->rosters[i]);
	free(ctx->rosters);
	ctx->rosters = NULL;
	ctx->nrosters = 0;
	db_free(&ctx->db);
}

int
demo_summary(struct db *db, void (*cb)(void *, const struct demo_summary *), void *arg,
    char **cause)
{
	struct demo_summary ds;
	sqlite3_stmt *st;

	st = db_prepare(db, "SELECT c.name,"
	    " (SELECT count(*) FROM students s WHERE s.college_id = c.id),"
	    " (SELECT count(*) FROM flags f JOIN students s ON s.id = f.student_id"
	    "  WHERE s.college_id = c.id AND f.severity = 'error'),"
	    " (SELECT count(*) FROM flags f JOIN students s ON s.id = f.student_id"
	    "  WHERE s.college_id = c.id AND f.severity = 'warning')"
	    " FROM colleges c ORDER BY c.seq_first", cause);
	if (st == NULL)
		return -1;
	while (sqlite3_step(st) == SQLITE_ROW) {
		ds.college = (const char *)sqlite3_column_text(st, 0);
		ds.students = sqlite3_column_int64(st, 1);
		ds.errors = sqlite3_column_int64(st, 2);
		ds.warnings = sqlite3_column_int64(st, 3);
		cb(arg, &ds);
	}
	sqlite3_finalize(st);
	return 0;
}
