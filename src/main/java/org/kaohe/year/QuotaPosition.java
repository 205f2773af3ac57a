package org.kaohe.year;

/**
 * Where an 优秀 candidate stands in the quota's scope (the office, or their section): rank among the candidates
 * (1 = first), the quota, and how many people with a year grade the quota was taken from.
 */
public record QuotaPosition(int rank, int quota, int graded) {

    public boolean within() {
        return rank <= quota;
    }
}
