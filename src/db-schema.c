/*
 * The schema, as numbered migrations.  Never edit a released migration; add
 * the next one.  Each runs in its own transaction and sets user_version.
 */
#include "config.h"

#include <stddef.h>

#include "db.h"

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

const struct db_migration db_migrations[] = {
	{ 1, schema_1 },
	{ 5, schema_5 },
	{ 0, NULL }
};
