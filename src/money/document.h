/* SPDX-License-Identifier: MIT */
#ifndef DOCUMENT_H
#define DOCUMENT_H
/*
 * Printed money documents: invoices (发票) to colleges for the collection
 * fee and receipts (收据) for scatter-shoot orders and their refunds.  The
 * invoice and receipt modules load a struct doc from the database exactly as
 * it was issued; this module renders it as A4 text (aligned by display width,
 * paginated like the reports) or as CSV.  caiji-fees(7) describes every field.
 */
#include <stddef.h>
#include <stdint.h>

#include "util/out.h"
#include "util/strbuf.h"

enum doc_kind {
	DOC_INVOICE,
	DOC_RECEIPT,		/* payment of a scatter order */
	DOC_REFUND,		/* refund of a scatter order */
};

struct doc_line {
	char	*code;		/* fee item code */
	char	*name;		/* as printed */
	int64_t	 quantity, unit_fen, amount_fen;
};

/* A person billed by an invoice, for the list printed with it. */
struct doc_person {
	char	*seq, *student_no, *name, *id_number;
};

struct doc {
	enum doc_kind	 kind;
	int64_t		 id;
	char		*number;	/* NULL for a draft invoice */
	char		*state;		/* "draft", "issued", "void" */
	char		*date;		/* local YYYY-MM-DD of issue (or of the draft) */
	char		*clerk;		/* who issued it */
	char		*school;	/* the institution name */
	char		*payer;		/* college, or the student */
	char		*payer_id_number; /* receipts; "" otherwise */
	char		*cohort;	/* invoices; may be "" */
	char		*method;	/* receipts: cash, wechat, ... */
	char		*reason;	/* refunds */
	char		*order_ref;	/* receipts: the order number */
	char		*void_reason;	/* void invoices */
	char		*voided_at, *voided_by;
	char		*payee_name, *payee_address, *payee_phones;
	struct doc_line	*lines;
	size_t		 nlines;
	struct doc_person *people;
	size_t		 npeople;
	int64_t		 total_fen;
};

void	 doc_free(struct doc **);
/* Appends a line (strings copied). */
void	 doc_add_line(struct doc *, const char *code, const char *name, int64_t quantity,
	    int64_t unit_fen);

/* The document's title in the clerk's language: 发票, 收据, 退款收据. */
const char *doc_title(const struct doc *);

/*
 * Renders as A4 pages of lines_per_page lines.  ID numbers are masked
 * unless show_id.  The capitals are always Chinese; labels follow the locale.
 */
void	 doc_render_text(const struct doc *, int show_id, int lines_per_page,
	    struct strbuf *out);
/* One CSV row per line item (heading row first); the writer neutralises. */
void	 doc_render_csv(const struct doc *, int show_id, struct out_csv *);
#endif
