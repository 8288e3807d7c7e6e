/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "util/datafile.h"
#include "util/i18n.h"
#include "roster/idcard.h"
#include "util/xalloc.h"

static const struct {
	int		 code;
	const char	*name;
} idcard_provinces[] = {
	{ 11, "北京市" }, { 12, "天津市" }, { 13, "河北省" }, { 14, "山西省" },
	{ 15, "内蒙古自治区" }, { 21, "辽宁省" }, { 22, "吉林省" }, { 23, "黑龙江省" },
	{ 31, "上海市" }, { 32, "江苏省" }, { 33, "浙江省" }, { 34, "安徽省" },
	{ 35, "福建省" }, { 36, "江西省" }, { 37, "山东省" }, { 41, "河南省" },
	{ 42, "湖北省" }, { 43, "湖南省" }, { 44, "广东省" }, { 45, "广西壮族自治区" },
	{ 46, "海南省" }, { 50, "重庆市" }, { 51, "四川省" }, { 52, "贵州省" },
	{ 53, "云南省" }, { 54, "西藏自治区" }, { 61, "陕西省" }, { 62, "甘肃省" },
	{ 63, "青海省" }, { 64, "宁夏回族自治区" }, { 65, "新疆维吾尔自治区" },
	{ 71, "台湾省" }, { 81, "香港特别行政区" }, { 82, "澳门特别行政区" },
	{ 83, "台湾地区（居住证）" },
};

/* GB 11643-1999: ISO 7064 MOD 11-2 weights and the check characters. */
static const int idcard_weights[17] = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
static const char idcard_checks[] = "10X98765432";

struct idcard_regions {
	char	**codes;	/* sorted "370102\t名称" strings */
	size_t	  n;
};

const char *
idcard_province_name(int code)
{
	for (size_t i = 0; i < sizeof idcard_provinces / sizeof idcard_provinces[0]; i++)
		if (idcard_provinces[i].code == code)
			return idcard_provinces[i].name;
	return NULL;
}

char
idcard_check_char(const char *digits17)
{
	int sum = 0;

	for (int i = 0; i < 17; i++)
		sum += (digits17[i] - '0') * idcard_weights[i];
	return idcard_checks[sum % 11];
}

int
idcard_type_is_resident(const char *t)
{
	return t == NULL || *t == '\0' || strcmp(t, "居民身份证") == 0 ||
	    strcmp(t, "身份证") == 0 || strcmp(t, "港澳居民居住证") == 0 ||
	    strcmp(t, "台湾居民居住证") == 0 || strcmp(t, "外国人永久居留身份证") == 0;
}

static int
idcard_all_digits(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!isdigit((unsigned char)s[i]))
			return 0;
	return 1;
}

static int
idcard_num(const char *s, int n)
{
	int v = 0;

	for (int i = 0; i < n; i++)
		v = v * 10 + (s[i] - '0');
	return v;
}

static int
idcard_valid_date(int y, int m, int d)
{
	static const int mdays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;

	if (y < 1800 || m < 1 || m > 12 || d < 1)
		return 0;
	return d <= mdays[m - 1] + (m == 2 && leap);
}

/* "3.70102E+17", "3.70102e17", "370102E12": what Excel shows for a long number. */
static int
idcard_is_sci(const char *s)
{
	const char *p = s;

	if (!isdigit((unsigned char)*p))
		return 0;
	while (isdigit((unsigned char)*p))
		p++;
	if (*p == '.') {
		p++;
		while (isdigit((unsigned char)*p))
			p++;
	}
	if (*p != 'E' && *p != 'e')
		return 0;
	p++;
	if (*p == '+')
		p++;
	if (!isdigit((unsigned char)*p))
		return 0;
	while (isdigit((unsigned char)*p))
		p++;
	return *p == '\0';
}

static void
idcard_today(char out[9])
{
	time_t now = time(NULL);
	struct tm tm;

	localtime_r(&now, &tm);
	strftime(out, 9, "%Y%m%d", &tm);
}

char *
idcard_upgrade15(const char *n15)
{
	char d[19];

	if (strlen(n15) != 15 || !idcard_all_digits(n15, 15))
		return NULL;
	memcpy(d, n15, 6);
	memcpy(d + 6, "19", 2);
	memcpy(d + 8, n15 + 6, 9);
	d[17] = idcard_check_char(d);
	d[18] = '\0';
	return xstrdup(d);
}

/* Shape checks for documents that are not GB 11643 numbers. */
static void
idcard_check_other(const char *id_type, const char *s, struct flag_list *fl)
{
	size_t n = strlen(s);
	int ok = 1;

	for (size_t i = 0; i < n; i++)
		if (!isalnum((unsigned char)s[i]))
			ok = 0;
	if (strstr(id_type, "港澳") != NULL)
		/* 港澳居民来往内地通行证: H or M and 8 or 10 digits */
		ok = ok && (s[0] == 'H' || s[0] == 'M') && (n == 9 || n == 11) &&
		    idcard_all_digits(s + 1, n - 1);
	else if (strstr(id_type, "台湾") != NULL)
		/* 台湾居民来往大陆通行证: 8 digits (or 10 with the issue count) */
		ok = ok && (n == 8 || n == 10) && idcard_all_digits(s, n);
	else
		/* passports and the rest: 5-20 letters and digits */
		ok = ok && n >= 5 && n <= 20;
	if (!ok)
		flag_list_add(fl, FLAG_ID_FORMAT, _("%s \"%s\" does not have the shape of that document"),
		    id_type, s);
}

void
idcard_check(const char *id_type, const char *s, const char *gender,
    const struct idcard_regions *regions, const char *today, struct flag_list *fl)
{
	size_t n = strlen(s);
	char now[9], date[9];
	int province, y, m, d, male;

	if (n == 0)
		return;
	if (!idcard_type_is_resident(id_type)) {
		idcard_check_other(id_type, s, fl);
		return;
	}
	if (idcard_is_sci(s)) {
		flag_list_add(fl, FLAG_ID_SCI_NOTATION,
		    _("\"%s\": Excel turned the number into scientific notation and the last digits"
		    " are gone; re-export the column as text"), s);
		return;
	}
	if (n == 15 && idcard_all_digits(s, 15)) {
		char *up = idcard_upgrade15(s);

		flag_list_add(fl, FLAG_ID_LEGACY_15, _("15-digit number %s; its 18-digit form would be %s"),
		    s, up);
		free(up);
		return;
	}
	if (n != 18 || !idcard_all_digits(s, 17) || !(isdigit((unsigned char)s[17]) || s[17] == 'X')) {
		flag_list_add(fl, FLAG_ID_FORMAT,
		    _("\"%s\" has %zu characters; expected 17 digits and a check digit or X"), s, n);
		return;
	}

	/* region: a 9-prefixed foreigner's card carries the province in digits 2-3 */
	province = s[0] == '9' ? idcard_num(s + 1, 2) : idcard_num(s, 2);
	if (idcard_province_name(province) == NULL)
		flag_list_add_sev(fl, FLAG_ID_REGION, SEV_ERROR,
		    _("region code %.6s: %02d is not a province code"), s, province);
	else if (s[0] != '9' && regions != NULL && strncmp(s + 2, "0000", 4) != 0) {
		char code[7];

		memcpy(code, s, 6);
		code[6] = '\0';
		if (idcard_regions_name(regions, code) == NULL)
			flag_list_add_sev(fl, FLAG_ID_REGION, SEV_WARNING,
			    _("region code %s is not a known county of %s"), code,
			    idcard_province_name(province));
	}

	y = idcard_num(s + 6, 4);
	m = idcard_num(s + 10, 2);
	d = idcard_num(s + 12, 2);
	memcpy(date, s + 6, 8);
	date[8] = '\0';
	if (today == NULL) {
		idcard_today(now);
		today = now;
	}
	if (!idcard_valid_date(y, m, d) || strcmp(date, today) > 0)
		flag_list_add(fl, FLAG_ID_BIRTHDATE, _("birth date %.4s-%.2s-%.2s is not a possible date"),
		    s + 6, s + 10, s + 12);

	if (idcard_check_char(s) != s[17])
		flag_list_add(fl, FLAG_ID_CHECKSUM, _("check digit is %c, the other digits give %c"),
		    s[17], idcard_check_char(s));

	male = (s[16] - '0') % 2 == 1;
	if (gender != NULL && (strcmp(gender, "男") == 0 || strcmp(gender, "女") == 0) &&
	    (strcmp(gender, "男") == 0) != male)
		flag_list_add(fl, FLAG_ID_GENDER, _("roster says %s, the ID number says %s"),
		    gender, male ? "男" : "女");
}

int
idcard_decode(const char *s, struct idcard_info *info)
{
	struct flag_list fl = FLAG_LIST_INIT;
	int bad;

	if (strlen(s) != 18)
		return -1;
	idcard_check(NULL, s, NULL, NULL, NULL, &fl);
	bad = fl.n > 0;
	flag_list_clear(&fl);
	if (bad)
		return -1;
	memset(info, 0, sizeof *info);
	info->foreigner = s[0] == '9';
	info->province = info->foreigner ? idcard_num(s + 1, 2) : idcard_num(s, 2);
	memcpy(info->region, s, 6);
	info->year = idcard_num(s + 6, 4);
	info->month = idcard_num(s + 10, 2);
	info->day = idcard_num(s + 12, 2);
	info->male = (s[16] - '0') % 2 == 1;
	return 0;
}

char *
idcard_mask(const char *s)
{
	size_t n = strlen(s);
	char *m;

	if (n <= 4)
		return xstrdup("****");
	m = xstrdup(s);
	/* keep the region (6) and the last 4; shorter documents keep 2 + 2 */
	size_t head = n >= 15 ? 6 : 2, tail = n >= 15 ? 4 : 2;
	for (size_t i = head; i < n - tail; i++)
		m[i] = '*';
	return m;
}

static int
idcard_regions_cmp(const void *a, const void *b)
{
	return strncmp(*(char *const *)a, *(char *const *)b, 6);
}

struct idcard_regions *
idcard_regions_load(const char *path, char **cause)
{
	static const char *const cols[] = { "code", "name", NULL };
	struct idcard_regions *r;
	struct datafile *df;
	char **f;
	size_t cap = 0;
	int rc;

	if ((df = datafile_open(path, cols, cause)) == NULL)
		return NULL;
	r = xcalloc(1, sizeof *r);
	while ((rc = datafile_next(df, &f, cause)) == 1) {
		if (strlen(f[0]) != 6 || !idcard_all_digits(f[0], 6))
			continue;
		if (r->n == cap) {
			cap = cap == 0 ? 4096 : cap * 2;
			r->codes = xreallocarray(r->codes, cap, sizeof *r->codes);
		}
		r->codes[r->n++] = xasprintf("%s\t%s", f[0], f[1]);
	}
	datafile_free(&df);
	if (rc < 0) {
		idcard_regions_free(&r);
		return NULL;
	}
	if (r->n > 1)
		qsort(r->codes, r->n, sizeof *r->codes, idcard_regions_cmp);
	return r;
}

void
idcard_regions_free(struct idcard_regions **rp)
{
	struct idcard_regions *r = *rp;

	if (r == NULL)
		return;
	for (size_t i = 0; i < r->n; i++)
		free(r->codes[i]);
	free(r->codes);
	free(r);
	*rp = NULL;
}

const char *
idcard_regions_name(const struct idcard_regions *r, const char *code6)
{
	char **hit;

	if (r->n == 0)
		return NULL;	/* bsearch(NULL, 0, ...) is undefined */
	hit = bsearch(&code6, r->codes, r->n, sizeof *r->codes, idcard_regions_cmp);
	return hit != NULL ? *hit + 7 : NULL;
}
