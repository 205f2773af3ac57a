-- Why a person's month was vetoed (一票否决), a row per cause, so the year names the month and the row that caused it
-- (SPEC §6). REASON is the cause as Chinese text (工作日饮酒, 旷工 3 天), REASON_EN the same in English; SOURCE_* name
-- the input row (NULL for 旷工 summed over the month). A vetoed person of a run recorded before this table has no
-- row here: the cause is unknown.
CREATE TABLE KAOHE_VETO_CAUSE (
    RUN_ID BIGINT NOT NULL,
    EMPLOYEE_ID VARCHAR(1000) NOT NULL,
    SEQ INT NOT NULL,
    REASON VARCHAR NOT NULL,
    REASON_EN VARCHAR NOT NULL,
    SOURCE_FILE VARCHAR(1000),
    SOURCE_SHEET VARCHAR(1000),
    SOURCE_ROW BIGINT,
    PRIMARY KEY (RUN_ID, EMPLOYEE_ID, SEQ));
