-- A year rerun's 变更 file lists each person whose 年度得分, 年度等次, 奖励 or 考核奖 changed since the year's previous
-- run: the year runs now keep those values, and the name and section the file shows. Year runs recorded before this
-- migration leave them NULL (only the grade was kept). AWARD is the award's code (COMMENDATION, THIRD_CLASS_MERIT),
-- NULL for none.
ALTER TABLE KAOHE_YEAR_PERSON ADD COLUMN NAME VARCHAR(1000);
ALTER TABLE KAOHE_YEAR_PERSON ADD COLUMN SECTION VARCHAR(1000);
ALTER TABLE KAOHE_YEAR_PERSON ADD COLUMN YEAR_SCORE DECIMAL(9,2);
ALTER TABLE KAOHE_YEAR_PERSON ADD COLUMN AWARD VARCHAR(32);
ALTER TABLE KAOHE_YEAR_PERSON ADD COLUMN BONUS DECIMAL(18,2);

-- A year run imported from an export keeps the status it had, as its job execution is not imported (as KAOHE_RUN).
ALTER TABLE KAOHE_YEAR_RUN ADD COLUMN RECORDED_STATUS VARCHAR(10);
