-- One row per person per completed run, in typed columns an analyst can query with plain SQL; RESULT_ROW keeps the
-- whole results row (header and value pairs, one CSV line). Columns a run did not record are NULL: the violation
-- counts of runs made before this table, and the 值班脱岗 / 信息报送 columns until kaohe records them.
CREATE TABLE KAOHE_PERSON_RESULT (
    RUN_ID BIGINT NOT NULL,
    RUN_MONTH VARCHAR(7) NOT NULL,
    EMPLOYEE_ID VARCHAR(1000) NOT NULL,
    NAME VARCHAR(1000),
    SECTION VARCHAR(1000),
    SCORE DECIMAL(9,2) NOT NULL,
    GRADE VARCHAR(16) NOT NULL,
    VETO BOOLEAN,
    PAY DECIMAL(18,2) NOT NULL,
    ATTENDANCE_DEDUCTION DECIMAL(9,2),
    ERROR_DEDUCTION DECIMAL(9,2),
    FINDING_DEDUCTION DECIMAL(9,2),
    DUTY_DEDUCTION DECIMAL(9,2),
    DELAY_DEDUCTION DECIMAL(9,2),
    BACKLOG_DEDUCTION DECIMAL(9,2),
    INFO_DEDUCTION DECIMAL(9,2),
    OVERTIME_BONUS DECIMAL(9,2),
    COMMEND_BONUS DECIMAL(9,2),
    INFO_BONUS DECIMAL(9,2),
    DELAY_VIOLATIONS INT,
    BACKLOG_VIOLATIONS INT,
    ERROR_VIOLATIONS INT,
    NEGLECT_VIOLATIONS INT,
    IMAGE_VIOLATIONS INT,
    DUTY_ABSENCES INT,
    INFO_MISSED_WEEKS INT,
    INFO_ADOPTED_CITY INT,
    INFO_ADOPTED_PROVINCE INT,
    INFO_ADOPTED_NATIONAL INT,
    RESULT_ROW VARCHAR NOT NULL,
    PRIMARY KEY (RUN_ID, EMPLOYEE_ID));

-- A run imported from an export keeps the status it had, as its job execution is not imported.
ALTER TABLE KAOHE_RUN ADD COLUMN RECORDED_STATUS VARCHAR(10);

-- Each month's result as it stands: the people of the month's latest run that recorded results (a run records its
-- people in the transaction that completes it).
CREATE VIEW KAOHE_MONTH_RESULT AS
SELECT p.* FROM KAOHE_PERSON_RESULT p
WHERE p.RUN_ID = (SELECT MAX(q.RUN_ID) FROM KAOHE_PERSON_RESULT q WHERE q.RUN_MONTH = p.RUN_MONTH);
