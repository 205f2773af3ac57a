package org.kaohe.attendance;

/**
 * What each day of the month was for one person, for the monthly attendance grid (月度考勤表): one byte a day, so
 * the grid of 100,000 people costs 3 MB. A working day shows its worst finding (旷工, then 缺卡, 迟到, 早退), else the
 * leave covering most of it, else present.
 */
public final class AttendanceDays {

    /** A day's status; {@link #LEAVE} comes with its {@link LeaveType}. */
    public enum Status { NOT_EMPLOYED, REST, PRESENT, LATE, EARLY, MISSING, ABSENT, LEAVE }

    private static final int LEAVE_BASE = Status.LEAVE.ordinal();

    private final byte[] days;

    AttendanceDays(int length) {
        days = new byte[length];
    }

    /** No day recorded: for results made without a month's plan. */
    public static AttendanceDays none() {
        return new AttendanceDays(0);
    }

    void set(int dayOfMonth, Status status) {
        days[dayOfMonth - 1] = (byte) status.ordinal();
    }

    void leave(int dayOfMonth, LeaveType type) {
        days[dayOfMonth - 1] = (byte) (LEAVE_BASE + type.ordinal());
    }

    /** The number of days recorded: the month's length. */
    public int length() {
        return days.length;
    }

    public Status status(int dayOfMonth) {
        int code = days[dayOfMonth - 1];
        return code >= LEAVE_BASE ? Status.LEAVE : Status.values()[code];
    }

    /** The leave of a {@link Status#LEAVE} day. */
    public LeaveType leave(int dayOfMonth) {
        return LeaveType.values()[days[dayOfMonth - 1] - LEAVE_BASE];
    }
}
