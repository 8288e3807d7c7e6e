/* SPDX-License-Identifier: MIT */
/*
 * The schema, as numbered migrations.  Never edit a released migration; add
 * the next one.  Each runs in its own transaction and sets user_version.
 */
#include "config.h"

#include <stddef.h>

#include "db/db.h"

static const char schema_1[] =
	/* key/value settings of the season: institution, dates, profile, payee */
	"CREATE TABLE settings ("
	"  key TEXT PRIMARY KEY,"
	"  value TEXT NOT NULL);"
	/* secondary colleges and the block of sequence numbers each owns */
	"CREATE TABLE colleges ("
	"  id INTEGER PRIMARY KEY,"
	"  name TEXT NOT NULL UNIQUE,"
	"  name_en TEXT NOT NULL DEFAULT '',"
	"  seq_first INTEGER NOT NULL,"
	"  seq_last INTEGER NOT NULL,"
	"  CHECK (seq_first BETWEEN 1 AND 9999 AND seq_last BETWEEN seq_first AND 9999));"
	/* groups handled together; mode 'photos' (colleges send files) or 'onsite' */
	"CREATE TABLE cohorts ("
	"  id INTEGER PRIMARY KEY,"
	"  code TEXT NOT NULL UNIQUE,"
	"  name TEXT NOT NULL,"
	"  mode TEXT NOT NULL DEFAULT 'photos' CHECK (mode IN ('photos','onsite')));"
	/* the fee schedule in integer fen; a part names its parent item */
	"CREATE TABLE fee_items ("
	"  code TEXT PRIMARY KEY,"
	"  parent TEXT REFERENCES fee_items(code),"
	"  amount_fen INTEGER NOT NULL CHECK (amount_fen >= 0),"
	"  name TEXT NOT NULL,"
	"  name_en TEXT NOT NULL DEFAULT '');"
	/* the columns of the Xuexin package database, in order */
	"CREATE TABLE manifest_columns ("
	"  pos INTEGER PRIMARY KEY,"
	"  field TEXT NOT NULL,"
	"  header TEXT NOT NULL);"
	/*
	 * Students as the rosters give them, after normalisation.  No UNIQUE on
	 * (cohort, student_no): two rows of one file with the same number are
	 * both kept and flagged STUDENT_NO_DUPLICATE.  extra holds unknown
	 * columns as a JSON object.
	 */
	"CREATE TABLE students ("
	"  id INTEGER PRIMARY KEY,"
	"  cohort_id INTEGER NOT NULL REFERENCES cohorts(id),"
	"  college_id INTEGER REFERENCES colleges(id),"
	"  seq TEXT NOT NULL DEFAULT '',"
	"  student_no TEXT NOT NULL DEFAULT '',"
	"  name TEXT NOT NULL DEFAULT '',"
	"  gender TEXT NOT NULL DEFAULT '',"
	"  id_number TEXT NOT NULL DEFAULT '',"
	"  id_type TEXT NOT NULL DEFAULT '居民身份证',"
	"  institution_code TEXT NOT NULL DEFAULT '',"
	"  institution_name TEXT NOT NULL DEFAULT '',"
	"  major TEXT NOT NULL DEFAULT '',"
	"  level TEXT NOT NULL DEFAULT '',"
	"  extra TEXT NOT NULL DEFAULT '{}',"
	"  source_file TEXT NOT NULL DEFAULT '',"
	"  source_line INTEGER NOT NULL DEFAULT 0,"
	"  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),"
	"  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),"
	"  collected_at TEXT,"
	"  collected_by TEXT);"
	"CREATE INDEX students_cohort_no ON students(cohort_id, student_no);"
	"CREATE INDEX students_seq ON students(seq);"
	"CREATE INDEX students_id_number ON students(id_number);"
	"CREATE INDEX students_college ON students(college_id, seq);"
	"CREATE INDEX students_name ON students(name);"
	/* what normalisation changed in each student's row, for the clerk to see */
	"CREATE TABLE normalisations ("
	"  id INTEGER PRIMARY KEY,"
	"  student_id INTEGER NOT NULL REFERENCES students(id) ON DELETE CASCADE,"
	"  field TEXT NOT NULL,"
	"  old_value TEXT NOT NULL,"
	"  new_value TEXT NOT NULL);"
	"CREATE INDEX normalisations_student ON normalisations(student_id);"
	/* the school's Xuexin records, matched by student number */
	"CREATE TABLE reference ("
	"  student_no TEXT PRIMARY KEY,"
	"  name TEXT NOT NULL DEFAULT '',"
	"  gender TEXT NOT NULL DEFAULT '',"
	"  id_number TEXT NOT NULL DEFAULT '',"
	"  source_file TEXT NOT NULL DEFAULT '',"
	"  source_line INTEGER NOT NULL DEFAULT 0);"
	/*
	 * Every problem found.  source says which pass owns the row ('roster',
	 * 'photo', 'export') so a pass can replace its own flags and no other's.
	 * student_id is NULL for a photo that matches no student.
	 */
	"CREATE TABLE flags ("
	"  id INTEGER PRIMARY KEY,"
	"  student_id INTEGER REFERENCES students(id) ON DELETE CASCADE,"
	"  seq TEXT NOT NULL DEFAULT '',"
	"  code TEXT NOT NULL,"
	"  severity TEXT NOT NULL CHECK (severity IN ('error','warning')),"
	"  detail TEXT NOT NULL DEFAULT '',"
	"  source TEXT NOT NULL);"
	"CREATE INDEX flags_student ON flags(student_id);"
	"CREATE INDEX flags_source ON flags(source);"
	"CREATE INDEX flags_code ON flags(code);"
	/*
	 * The submission ledger: every Xuexin package written, and every student
	 * in it.  A student with a submissions row is never exported again
	 * unless a clerk resubmits them (reason recorded); invoices bill the
	 * students found here.
	 */
	"CREATE TABLE packages ("
	"  id INTEGER PRIMARY KEY,"
	"  name TEXT NOT NULL,"
	"  college_id INTEGER REFERENCES colleges(id),"
	"  cohort_id INTEGER REFERENCES cohorts(id),"
	"  path TEXT NOT NULL DEFAULT '',"
	"  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),"
	"  created_by TEXT NOT NULL);"
	"CREATE TABLE submissions ("
	"  id INTEGER PRIMARY KEY,"
	"  student_id INTEGER NOT NULL REFERENCES students(id),"
	"  package_id INTEGER NOT NULL REFERENCES packages(id),"
	"  photo_sha256 TEXT NOT NULL DEFAULT '',"
	"  at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),"
	"  clerk TEXT NOT NULL);"
	"CREATE INDEX submissions_student ON submissions(student_id);"
	/* a clerk's permission to submit a student once more */
	"CREATE TABLE resubmissions ("
	"  id INTEGER PRIMARY KEY,"
	"  student_id INTEGER NOT NULL REFERENCES students(id),"
	"  reason TEXT NOT NULL,"
	"  at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),"
	"  clerk TEXT NOT NULL,"
	"  used_by_package INTEGER REFERENCES packages(id));"
	/* who changed what, when: never updated, never deleted */
	"CREATE TABLE audit ("
	"  id INTEGER PRIMARY KEY,"
	"  at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),"
	"  user TEXT NOT NULL,"
	"  action TEXT NOT NULL,"
	"  entity TEXT NOT NULL DEFAULT '',"
	"  key TEXT NOT NULL DEFAULT '',"
	"  field TEXT NOT NULL DEFAULT '',"
	"  old_value TEXT,"
	"  new_value TEXT);"
	"CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit"
	"  BEGIN SELECT RAISE(ABORT, 'the audit log cannot be changed'); END;"
	"CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit"
	"  BEGIN SELECT RAISE(ABORT, 'the audit log cannot be changed'); END;";

/*
 * 2: photos.  One row per photo file seen by `caiji photos scan`: the file
 * (path, size, mtime in nanoseconds, SHA-256 of its bytes) and the profile it
 * was judged by, what was measured, the verdict and each finding (lines of
 * "CODE<TAB>severity<TAB>detail").  A re-scan reuses a row whose path, size,
 * mtime and profile still match, without reading the file.  signature is the
 * near-duplicate signature (signature.h), NULL when the file did not decode.
 */
static const char schema_2[] =
	"CREATE TABLE photos ("
	"  id INTEGER PRIMARY KEY,"
	"  path TEXT NOT NULL UNIQUE,"
	"  dir TEXT NOT NULL,"
	"  name TEXT NOT NULL,"
	"  seq TEXT NOT NULL DEFAULT '',"
	"  size INTEGER NOT NULL,"
	"  mtime_ns INTEGER NOT NULL,"
	"  sha256 TEXT NOT NULL DEFAULT '',"
	"  profile TEXT NOT NULL,"
	"  width INTEGER,"
	"  height INTEGER,"
	"  components INTEGER,"
	"  dpi_x REAL,"
	"  dpi_y REAL,"
	"  dpi_source TEXT,"
	"  background TEXT,"
	"  head_top INTEGER,"
	"  margin_left INTEGER,"
	"  margin_right INTEGER,"
	"  face_width INTEGER,"
	"  signature BLOB,"
	"  verdict TEXT NOT NULL CHECK (verdict IN ('ok','warning','error')),"
	"  findings TEXT NOT NULL DEFAULT '',"
	"  checked_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')));"
	"CREATE INDEX photos_dir ON photos(dir);"
	"CREATE INDEX photos_seq ON photos(seq);"
	"CREATE INDEX photos_sha256 ON photos(sha256);";

/*
 * Scatter-shoot orders, receipts and invoices (issue #5).  Amounts are
 * integer fen copied into each order and document line when it is written,
 * so a later change of the fee schedule never changes a document.  Issued
 * receipts and invoices are immutable: triggers refuse changing them, as
 * for the audit log; an invoice is only ever voided.
 */
static const char schema_3[] =
	/* which part of its parent a fee item is: 'shoot', 'mail' or '' */
	"ALTER TABLE fee_items ADD COLUMN part TEXT NOT NULL DEFAULT '';"
	"UPDATE fee_items SET part = 'shoot' WHERE parent IS NOT NULL AND code LIKE '%-shoot';"
	"UPDATE fee_items SET part = 'mail' WHERE parent IS NOT NULL AND code LIKE '%-mail';"
	/* the last number given for each kind of document and year: gapless */
	"CREATE TABLE doc_counters ("
	"  kind TEXT NOT NULL,"
	"  year INTEGER NOT NULL,"
	"  last INTEGER NOT NULL DEFAULT 0,"
	"  PRIMARY KEY (kind, year));"
	/*
	 * A scatter shoot, for a roster student (student_id) or a walk-in.
	 * name, id_number and college_id are copied from the student; the price
	 * and its parts from the fee schedule, when the order is taken.
	 */
	"CREATE TABLE orders ("
	"  id INTEGER PRIMARY KEY,"
	"  student_id INTEGER REFERENCES students(id),"
	"  college_id INTEGER REFERENCES colleges(id),"
	"  name TEXT NOT NULL,"
	"  id_number TEXT NOT NULL DEFAULT '',"
	"  phone TEXT NOT NULL DEFAULT '',"
	"  tier TEXT NOT NULL,"
	"  fee_code TEXT NOT NULL,"
	"  amount_fen INTEGER NOT NULL CHECK (amount_fen >= 0),"
	"  shoot_fen INTEGER NOT NULL CHECK (shoot_fen >= 0),"
	"  mail_fen INTEGER NOT NULL CHECK (mail_fen >= 0),"
	"  recipient TEXT NOT NULL,"
	"  recipient_phone TEXT NOT NULL CHECK (recipient_phone <> ''),"
	"  address TEXT NOT NULL CHECK (address <> ''),"
	"  postcode TEXT NOT NULL DEFAULT '',"
	"  state TEXT NOT NULL DEFAULT 'ordered' CHECK (state IN"
	"    ('ordered','paid','shot','mailed','cancelled','refunded')),"
	"  pay_method TEXT,"
	"  carrier TEXT,"
	"  tracking_no TEXT,"
	"  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),"
	"  created_by TEXT NOT NULL);"
	"CREATE INDEX orders_student ON orders(student_id);"
	"CREATE INDEX orders_state ON orders(state);"
	/* every move of an order: what, when, by whom */
	"CREATE TABLE order_events ("
	"  id INTEGER PRIMARY KEY,"
	"  order_id INTEGER NOT NULL REFERENCES orders(id),"
	"  move TEXT NOT NULL,"
	"  from_state TEXT,"
	"  to_state TEXT NOT NULL,"
	"  detail TEXT NOT NULL DEFAULT '',"
	"  at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),"
	"  clerk TEXT NOT NULL);"
	"CREATE INDEX order_events_order ON order_events(order_id);"
	"CREATE TRIGGER order_events_no_update BEFORE UPDATE ON order_events"
	"  BEGIN SELECT RAISE(ABORT, 'order events cannot be changed'); END;"
	"CREATE TRIGGER order_events_no_delete BEFORE DELETE ON order_events"
	"  BEGIN SELECT RAISE(ABORT, 'order events cannot be changed'); END;"
	/*
	 * A receipt for a scatter order's payment, or for its refund; issued
	 * with its number at once, never changed.  The payer, school and payee
	 * are copied as printed.
	 */
	"CREATE TABLE receipts ("
	"  id INTEGER PRIMARY KEY,"
	"  number TEXT NOT NULL UNIQUE,"
	"  kind TEXT NOT NULL CHECK (kind IN ('payment','refund')),"
	"  order_id INTEGER NOT NULL REFERENCES orders(id),"
	"  payer TEXT NOT NULL,"
	"  payer_id_number TEXT NOT NULL DEFAULT '',"
	"  method TEXT NOT NULL DEFAULT '',"
	"  reason TEXT NOT NULL DEFAULT '',"
	"  total_fen INTEGER NOT NULL CHECK (total_fen >= 0),"
	"  school TEXT NOT NULL DEFAULT '',"
	"  payee_name TEXT NOT NULL DEFAULT '',"
	"  payee_address TEXT NOT NULL DEFAULT '',"
	"  payee_phones TEXT NOT NULL DEFAULT '',"
	"  issued_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),"
	"  clerk TEXT NOT NULL);"
	"CREATE INDEX receipts_order ON receipts(order_id);"
	"CREATE TABLE receipt_lines ("
	"  id INTEGER PRIMARY KEY,"
	"  receipt_id INTEGER NOT NULL REFERENCES receipts(id),"
	"  pos INTEGER NOT NULL,"
	"  code TEXT NOT NULL,"
	"  part TEXT NOT NULL DEFAULT '',"
	"  name TEXT NOT NULL,"
	"  quantity INTEGER NOT NULL CHECK (quantity > 0),"
	"  unit_fen INTEGER NOT NULL CHECK (unit_fen >= 0),"
	"  amount_fen INTEGER NOT NULL CHECK (amount_fen = quantity * unit_fen));"
	"CREATE INDEX receipt_lines_receipt ON receipt_lines(receipt_id);"
	"CREATE TRIGGER receipts_no_update BEFORE UPDATE ON receipts"
	"  BEGIN SELECT RAISE(ABORT, 'an issued receipt cannot be changed'); END;"
	"CREATE TRIGGER receipts_no_delete BEFORE DELETE ON receipts"
	"  BEGIN SELECT RAISE(ABORT, 'an issued receipt cannot be changed'); END;"
	"CREATE TRIGGER receipt_lines_no_update BEFORE UPDATE ON receipt_lines"
	"  BEGIN SELECT RAISE(ABORT, 'an issued receipt cannot be changed'); END;"
	"CREATE TRIGGER receipt_lines_no_delete BEFORE DELETE ON receipt_lines"
	"  BEGIN SELECT RAISE(ABORT, 'an issued receipt cannot be changed'); END;"
	/*
	 * An invoice of the collection fee to a college: a draft (no number,
	 * may be discarded), then issued (numbered, immutable), then possibly
	 * void (the number stays used).  Lines and students are copied when
	 * the draft is made.
	 */
	"CREATE TABLE invoices ("
	"  id INTEGER PRIMARY KEY AUTOINCREMENT,"	/* a discarded draft's id is never reused */
	"  number TEXT UNIQUE,"
	"  state TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft','issued','void')),"
	"  college_id INTEGER NOT NULL REFERENCES colleges(id),"
	"  cohort_id INTEGER REFERENCES cohorts(id),"
	"  payer TEXT NOT NULL,"
	"  school TEXT NOT NULL DEFAULT '',"
	"  total_fen INTEGER NOT NULL CHECK (total_fen >= 0),"
	"  payee_name TEXT NOT NULL DEFAULT '',"
	"  payee_address TEXT NOT NULL DEFAULT '',"
	"  payee_phones TEXT NOT NULL DEFAULT '',"
	"  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),"
	"  created_by TEXT NOT NULL,"
	"  issued_at TEXT,"
	"  issued_by TEXT,"
	"  voided_at TEXT,"
	"  voided_by TEXT,"
	"  void_reason TEXT,"
	"  CHECK ((state = 'draft') = (number IS NULL)));"
	"CREATE TABLE invoice_lines ("
	"  id INTEGER PRIMARY KEY,"
	"  invoice_id INTEGER NOT NULL REFERENCES invoices(id),"
	"  pos INTEGER NOT NULL,"
	"  code TEXT NOT NULL,"
	"  name TEXT NOT NULL,"
	"  quantity INTEGER NOT NULL CHECK (quantity > 0),"
	"  unit_fen INTEGER NOT NULL CHECK (unit_fen >= 0),"
	"  amount_fen INTEGER NOT NULL CHECK (amount_fen = quantity * unit_fen));"
	"CREATE INDEX invoice_lines_invoice ON invoice_lines(invoice_id);"
	/* the students an invoice bills: each in at most one invoice not void */
	"CREATE TABLE invoice_students ("
	"  invoice_id INTEGER NOT NULL REFERENCES invoices(id),"
	"  student_id INTEGER NOT NULL REFERENCES students(id),"
	"  PRIMARY KEY (invoice_id, student_id));"
	"CREATE INDEX invoice_students_student ON invoice_students(student_id);"
	"CREATE TRIGGER invoice_students_once BEFORE INSERT ON invoice_students"
	"  WHEN EXISTS (SELECT 1 FROM invoice_students s JOIN invoices i ON i.id = s.invoice_id"
	"    WHERE s.student_id = NEW.student_id AND i.state <> 'void')"
	"  BEGIN SELECT RAISE(ABORT, 'the student is already billed'); END;"
	/* an issued invoice only moves to void, filling in the void columns */
	"CREATE TRIGGER invoices_issued_fixed BEFORE UPDATE ON invoices"
	"  WHEN OLD.state = 'void' OR (OLD.state = 'issued' AND (NEW.state <> 'void'"
	"    OR NEW.number IS NOT OLD.number OR NEW.college_id IS NOT OLD.college_id"
	"    OR NEW.cohort_id IS NOT OLD.cohort_id OR NEW.payer IS NOT OLD.payer"
	"    OR NEW.school IS NOT OLD.school OR NEW.total_fen IS NOT OLD.total_fen"
	"    OR NEW.payee_name IS NOT OLD.payee_name OR NEW.payee_address IS NOT OLD.payee_address"
	"    OR NEW.payee_phones IS NOT OLD.payee_phones OR NEW.created_at IS NOT OLD.created_at"
	"    OR NEW.created_by IS NOT OLD.created_by OR NEW.issued_at IS NOT OLD.issued_at"
	"    OR NEW.issued_by IS NOT OLD.issued_by OR NEW.void_reason IS NULL))"
	"  BEGIN SELECT RAISE(ABORT, 'an issued invoice cannot be changed, only voided'); END;"
	"CREATE TRIGGER invoices_issued_no_delete BEFORE DELETE ON invoices"
	"  WHEN OLD.state <> 'draft'"
	"  BEGIN SELECT RAISE(ABORT, 'an issued invoice cannot be deleted, only voided'); END;"
	"CREATE TRIGGER invoice_lines_fixed_u BEFORE UPDATE ON invoice_lines"
	"  WHEN (SELECT state FROM invoices WHERE id = OLD.invoice_id) <> 'draft'"
	"  BEGIN SELECT RAISE(ABORT, 'an issued invoice cannot be changed, only voided'); END;"
	"CREATE TRIGGER invoice_lines_fixed_d BEFORE DELETE ON invoice_lines"
	"  WHEN (SELECT state FROM invoices WHERE id = OLD.invoice_id) <> 'draft'"
	"  BEGIN SELECT RAISE(ABORT, 'an issued invoice cannot be changed, only voided'); END;"
	"CREATE TRIGGER invoice_lines_fixed_i BEFORE INSERT ON invoice_lines"
	"  WHEN (SELECT state FROM invoices WHERE id = NEW.invoice_id) <> 'draft'"
	"  BEGIN SELECT RAISE(ABORT, 'an issued invoice cannot be changed, only voided'); END;"
	"CREATE TRIGGER invoice_students_fixed_u BEFORE UPDATE ON invoice_students"
	"  WHEN (SELECT state FROM invoices WHERE id = OLD.invoice_id) <> 'draft'"
	"  BEGIN SELECT RAISE(ABORT, 'an issued invoice cannot be changed, only voided'); END;"
	"CREATE TRIGGER invoice_students_fixed_d BEFORE DELETE ON invoice_students"
	"  WHEN (SELECT state FROM invoices WHERE id = OLD.invoice_id) <> 'draft'"
	"  BEGIN SELECT RAISE(ABORT, 'an issued invoice cannot be changed, only voided'); END;"
	"CREATE TRIGGER invoice_students_fixed_i BEFORE INSERT ON invoice_students"
	"  WHEN (SELECT state FROM invoices WHERE id = NEW.invoice_id) <> 'draft'"
	"  BEGIN SELECT RAISE(ABORT, 'an issued invoice cannot be changed, only voided'); END;"
	/* what a college has paid against an issued invoice */
	"CREATE TABLE invoice_payments ("
	"  id INTEGER PRIMARY KEY,"
	"  invoice_id INTEGER NOT NULL REFERENCES invoices(id),"
	"  amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),"
	"  method TEXT NOT NULL,"
	"  note TEXT NOT NULL DEFAULT '',"
	"  at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),"
	"  clerk TEXT NOT NULL);"
	"CREATE INDEX invoice_payments_invoice ON invoice_payments(invoice_id);"
	"CREATE TRIGGER invoice_payments_no_update BEFORE UPDATE ON invoice_payments"
	"  BEGIN SELECT RAISE(ABORT, 'a recorded payment cannot be changed'); END;"
	"CREATE TRIGGER invoice_payments_no_delete BEFORE DELETE ON invoice_payments"
	"  BEGIN SELECT RAISE(ABORT, 'a recorded payment cannot be changed'); END;";

/*
 * 5: the TUI's roster screen reads the roster a page at a time in any sort
 * order (keyset paging, browse.c); each order needs an index that gives it,
 * the flag filter and flag groups read flags by code, and the dashboard
 * counts by college.
 */
static const char schema_5[] =
	"CREATE INDEX students_student_no ON students(student_no);"
	"CREATE INDEX students_gender ON students(gender);"
	"CREATE INDEX students_major ON students(major);"
	"CREATE INDEX students_level ON students(level);"
	"CREATE INDEX students_college_sort ON students(IFNULL(college_id, 0), seq);"
	"CREATE INDEX students_cohort_sort ON students(cohort_id, seq);"
	/* the dashboard's and the check-in's counts, read from the index alone */
	"CREATE INDEX students_college_collected ON students(college_id, collected_at);"
	"CREATE INDEX students_cohort_collected ON students(cohort_id, collected_at);"
	"CREATE INDEX flags_code_student ON flags(code, severity, student_id);"
	"CREATE INDEX flags_severity_student ON flags(severity, student_id);";

/*
 * 6: the TUI at 100,000 students (issue 4).
 * - A student's pinyin initials are stored beside the name, so that the
 *   roster's search by initials is an index prefix.  The core writes them
 *   through caiji_initials() (pinyin.c, registered on every connection by
 *   db_open) wherever it writes a name; existing rows are filled here.
 * - progress_generation counts the changes that the dashboard's counts
 *   depend on (students joining, leaving or changing college or seq; flags;
 *   photos; the ledger), by triggers, so any writer, any connection, counts.
 *   progress.c keeps its counts while it stays the same; a check-in changes
 *   only collected_at and does not move it.
 * - The students collected on site, per college, from a partial index: what
 *   the dashboard recounts after a check-in.
 * - The roster's counts with a college and a cohort chosen; the students
 *   of a flag code in order, so that the roster's flag filter and the flag
 *   groups count the distinct ones from the index alone, without sorting.
 */
static const char schema_6[] =
	"ALTER TABLE students ADD COLUMN initials TEXT NOT NULL DEFAULT '';"
	"UPDATE students SET initials = caiji_initials(name);"
	"CREATE INDEX students_initials ON students(initials);"
	"CREATE INDEX students_collected ON students(college_id, collected_at)"
	"  WHERE collected_at IS NOT NULL;"
	"CREATE INDEX students_college_cohort ON students(college_id, cohort_id);"
	"CREATE INDEX flags_code_student_order ON flags(code, student_id, severity);"
	"CREATE TABLE progress_generation (n INTEGER NOT NULL);"
	"INSERT INTO progress_generation VALUES (0);"
	"CREATE TRIGGER progress_students_insert AFTER INSERT ON students"
	"  BEGIN UPDATE progress_generation SET n = n + 1; END;"
	"CREATE TRIGGER progress_students_delete AFTER DELETE ON students"
	"  BEGIN UPDATE progress_generation SET n = n + 1; END;"
	"CREATE TRIGGER progress_students_update AFTER UPDATE OF college_id, seq ON students"
	"  BEGIN UPDATE progress_generation SET n = n + 1; END;"
	"CREATE TRIGGER progress_flags_insert AFTER INSERT ON flags"
	"  BEGIN UPDATE progress_generation SET n = n + 1; END;"
	"CREATE TRIGGER progress_flags_delete AFTER DELETE ON flags"
	"  BEGIN UPDATE progress_generation SET n = n + 1; END;"
	"CREATE TRIGGER progress_flags_update AFTER UPDATE ON flags"
	"  BEGIN UPDATE progress_generation SET n = n + 1; END;"
	"CREATE TRIGGER progress_photos_insert AFTER INSERT ON photos"
	"  BEGIN UPDATE progress_generation SET n = n + 1; END;"
	"CREATE TRIGGER progress_photos_delete AFTER DELETE ON photos"
	"  BEGIN UPDATE progress_generation SET n = n + 1; END;"
	"CREATE TRIGGER progress_photos_update AFTER UPDATE OF seq ON photos"
	"  BEGIN UPDATE progress_generation SET n = n + 1; END;"
	"CREATE TRIGGER progress_submissions_insert AFTER INSERT ON submissions"
	"  BEGIN UPDATE progress_generation SET n = n + 1; END;"
	"CREATE TRIGGER progress_submissions_delete AFTER DELETE ON submissions"
	"  BEGIN UPDATE progress_generation SET n = n + 1; END;"
	"CREATE TRIGGER progress_submissions_update AFTER UPDATE OF student_id ON submissions"
	"  BEGIN UPDATE progress_generation SET n = n + 1; END;";

/*
 * Migration 7: pinyin initials from Unicode's Unihan readings (鑫 x, 昊 h,
 * 淼 m, and 单 as a family name s), recomputed for the students already in.
 */
static const char schema_7[] =
	"UPDATE students SET initials = caiji_initials(name)"
	" WHERE initials IS NOT caiji_initials(name);";

const struct db_migration db_migrations[] = {
	{ 1, schema_1 },
	{ 2, schema_2 },
	{ 3, schema_3 },
	{ 5, schema_5 },
	{ 6, schema_6 },
	{ 7, schema_7 },
	{ 0, NULL }
};
