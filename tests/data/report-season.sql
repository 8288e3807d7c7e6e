-- SPDX-License-Identifier: MIT
-- A small season for the report goldens (tests/e2e/reports.sh): students of
-- two colleges and the on-site cohort, their photos and flags, one student
-- already submitted.  Loaded with sqlite3 after `caiji init`.
UPDATE settings SET value = '16' WHERE key = 'report_lines_per_page';
INSERT INTO students(id, cohort_id, college_id, seq, student_no, name, gender, id_number,
  institution_code, institution_name, major, level) VALUES
 (1, 1, 1, '1001', '2017010001', '张三', '男', '370102199001011234', '10456', '示例学院', '广播电视编导', '本科'),
 (2, 1, 1, '1002', '2017010002', '欧阳娜娜', '女', '370102199203041248', '10456', '示例学院', '播音与主持艺术', '本科'),
 (3, 1, 1, '1003', '2017010003', '=HYPERLINK("x")', '男', '37010219900101123', '10456', '示例学院', '摄影', '本科'),
 (4, 1, 1, '1004', '2017010004', '李四', '男', '370102199001011250', '10456', '示例学院', '动画', '专科'),
 (5, 1, 7, '7001', '2017070001', '王五', '男', '110101199512120017', '10456', '示例学院', '空中乘务', '专科'),
 (6, 3, 7, '7002', '2018070002', '赵六', '女', '110101199612120028', '10456', '示例学院', '空中乘务', '专科'),
 (7, 3, 7, '7003', '2018070003', '孙七', '女', '11010119961212004X', '10456', '示例学院', '飞行技术', '本科'),
 (8, 3, 1, '1005', '2018010005', '周八', '男', '370102199707070011', '10456', '示例学院', '动画', '本科');
INSERT INTO photos(path, dir, name, seq, size, mtime_ns, sha256, profile, verdict) VALUES
 ('/p/1001.jpg', '/p', '1001.jpg', '1001', 600000, 0, 'aa', 'xinhua-960', 'ok'),
 ('/p/1002.jpg', '/p', '1002.jpg', '1002', 30000, 0, 'bb', 'xinhua-960', 'error'),
 ('/p/1004.jpg', '/p', '1004.jpg', '1004', 600000, 0, 'cc', 'xinhua-960', 'warning'),
 ('/p/7001.jpg', '/p', '7001.jpg', '7001', 600000, 0, 'dd', 'xinhua-960', 'ok'),
 ('/p/1500.jpg', '/p', '1500.jpg', '1500', 600000, 0, 'ee', 'xinhua-960', 'warning');
INSERT INTO flags(student_id, seq, code, severity, detail, source) VALUES
 (2, '1002', 'PHOTO_TOO_SMALL', 'error', '30000 bytes', 'photo'),
 (3, '1003', 'ID_FORMAT', 'error', '37010219900101123 has 17 characters', 'roster'),
 (3, '1003', 'PHOTO_MISSING', 'error', '', 'photo'),
 (4, '1004', 'PHOTO_BACKGROUND', 'warning', 'corners RGB(180,200,210)', 'photo'),
 (NULL, '1500', 'PHOTO_ORPHAN', 'warning', '1500.jpg', 'photo'),
 (5, '7001', 'XUEXIN_MISMATCH', 'error', '身份证号 110101199512120017 ≠ 110101199512120025', 'roster');
INSERT INTO packages(id, name, college_id, path, created_at, created_by) VALUES
 (1, '10456_航空学院_20210301', 7, '/x', '2021-03-01T08:00:00Z', 'clerk');
INSERT INTO submissions(student_id, package_id, photo_sha256, at, clerk) VALUES
 (5, 1, 'dd', '2021-03-01T08:00:00Z', 'clerk');
