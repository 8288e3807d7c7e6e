/* SPDX-License-Identifier: MIT */
/* Photo check results as text, TSV or JSON. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "util/i18n.h"
#include "util/out.h"
#include "photo/photo-report.h"
#include "util/strbuf.h"
#include "util/text.h"
#include "util/xalloc.h"

int
photo_report_lookup(const char *name)
{
	if (strcmp(name, "text") == 0)
		return PHOTO_REPORT_TEXT;
	if (strcmp(name, "tsv") == 0)
		return PHOTO_REPORT_TSV;
	if (strcmp(name, "json") == 0)
		return PHOTO_REPORT_JSON;
	return -1;
}

/* A TSV cell: out_tsv_cell, after control characters are made safe. */
static void
photo_report_tsv_cell(FILE *f, const char *s, int last)
{
	char *safe = text_sanitize(s);

	out_tsv_cell(f, safe, last);
	free(safe);
}

static void
photo_report_json_string(FILE *f, const char *s)
{
	struct strbuf sb = STRBUF_INIT;

	out_json_string(&sb, s);
	fputs(strbuf_str(&sb), f);
	strbuf_free(&sb);
}

void
photo_report_begin(FILE *f, enum photo_report_format fmt)
{
	if (fmt == PHOTO_REPORT_TSV)
		fputs("file\tcode\tseverity\tdetail\n", f);
	else if (fmt == PHOTO_REPORT_JSON)
		fputs("[", f);
}

void
photo_report_end(FILE *f, enum photo_report_format fmt)
{
	if (fmt == PHOTO_REPORT_JSON)
		fputs("\n]\n", f);
}

static const char *
photo_report_dpi_source(const struct photo_result *r)
{
	switch (r->dpi_source) {
	case PHOTO_DPI_JFIF: return "JFIF";
	case PHOTO_DPI_EXIF: return "EXIF";
	default: return "none";
	}
}

static void
photo_report_measured_text(FILE *f, const struct photo_result *r)
{
	const struct pixels_result *x = &r->px;

	fprintf(f, _("  %lld bytes"), (long long)r->size);
	if (r->is_jpeg)
		fprintf(f, _(", %d x %d px, %d component(s), density %.0f x %.0f dpi (from %s)"),
		    r->meta.width, r->meta.height, r->meta.components, r->dpi_x, r->dpi_y,
		    photo_report_dpi_source(r));
	if (r->decoded) {
		fprintf(f, _(", background RGB(%d,%d,%d)"), x->bg[0], x->bg[1], x->bg[2]);
		if (x->figure)
			fprintf(f, _(", head top %d px, face %d px from the left, %d px from the "
			    "right, %d px wide"), x->head_top, x->left, x->right, x->face_width);
	}
	if (r->sha256[0] != '\0')
		fprintf(f, ", sha256 %.16s", r->sha256);
	fputc('\n', f);
}

void
photo_report_result(FILE *f, enum photo_report_format fmt, const struct photo_result *r,
    int first, int verbose)
{
	char *path = text_sanitize(r->path);

	switch (fmt) {
	case PHOTO_REPORT_TEXT:
		if (r->io_error != NULL)
			break;		/* the caller reports it on stderr */
		if (r->flags.n == 0)
			fprintf(f, _("%s: OK\n"), path);
		else
			fprintf(f, "%s:\n", path);
		for (size_t i = 0; i < r->flags.n; i++) {
			const struct flag_hit *h = &r->flags.v[i];
			char *detail = text_sanitize(h->detail);

			struct strbuf sb = STRBUF_INIT;

			strbuf_puts(&sb, "  ");
			text_pad(&sb, h->severity == SEV_ERROR ? _("error") : _("warning"), 8, 0, 0);
			text_pad(&sb, flag_info(h->code)->name, 19, 0, 0);
			fprintf(f, "%s%s\n", strbuf_str(&sb), detail);
			strbuf_free(&sb);
			free(detail);
		}
		if (verbose && r->io_error == NULL)
			photo_report_measured_text(f, r);
		break;
	case PHOTO_REPORT_TSV:
		if (r->io_error != NULL)
			break;		/* the caller reports it on stderr */
		if (r->flags.n == 0) {
			photo_report_tsv_cell(f, r->path, 0);
			out_tsv_cell(f, "OK", 0);
			out_tsv_cell(f, "", 0);
			out_tsv_cell(f, "", 1);
		}
		for (size_t i = 0; i < r->flags.n; i++) {
			photo_report_tsv_cell(f, r->path, 0);
			out_tsv_cell(f, flag_info(r->flags.v[i].code)->name, 0);
			out_tsv_cell(f, flag_severity_name(r->flags.v[i].severity), 0);
			photo_report_tsv_cell(f, r->flags.v[i].detail, 1);
		}
		break;
	case PHOTO_REPORT_JSON:
		fputs(first ? "\n  {\"file\": " : ",\n  {\"file\": ", f);
		photo_report_json_string(f, path);
		fprintf(f, ", \"ok\": %s", r->io_error == NULL && r->flags.n == 0 ? "true" : "false");
		if (r->io_error != NULL) {
			fputs(", \"error\": ", f);
			photo_report_json_string(f, r->io_error);
		}
		fprintf(f, ", \"seq\": \"%s\", \"size\": %lld, \"sha256\": \"%s\"", r->seq,
		    (long long)r->size, r->sha256);
		if (r->is_jpeg)
			fprintf(f, ", \"width\": %d, \"height\": %d, \"components\": %d, "
			    "\"dpi\": [%.0f, %.0f], \"dpi_source\": \"%s\"", r->meta.width,
			    r->meta.height, r->meta.components, r->dpi_x, r->dpi_y,
			    photo_report_dpi_source(r));
		if (r->decoded && r->px.figure)
			fprintf(f, ", \"background\": [%d, %d, %d], \"head_top\": %d, "
			    "\"margin_left\": %d, \"margin_right\": %d, \"face_width\": %d",
			    r->px.bg[0], r->px.bg[1], r->px.bg[2], r->px.head_top, r->px.left,
			    r->px.right, r->px.face_width);
		fputs(", \"flags\": [", f);
		for (size_t i = 0; i < r->flags.n; i++) {
			fprintf(f, "%s{\"code\": \"%s\", \"severity\": \"%s\", \"detail\": ",
			    i > 0 ? ", " : "", flag_info(r->flags.v[i].code)->name,
			    flag_severity_name(r->flags.v[i].severity));
			photo_report_json_string(f, r->flags.v[i].detail);
			fputc('}', f);
		}
		fputs("]}", f);
		break;
	}
	free(path);
}
