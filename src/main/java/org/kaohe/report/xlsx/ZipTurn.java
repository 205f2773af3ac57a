package org.kaohe.report.xlsx;

import java.io.IOException;
import java.io.InterruptedIOException;

/**
 * Whose turn it is to write into a {@link FastBook}'s zip: fastexcel streams every sheet through the workbook's one
 * zip stream, so sheets filled on several threads at once may each keep their rows in memory, but only one at a time
 * may write them out, from its first flush until it is finished. A sheet asks at each flush and waits only to
 * finish; in a book filled on one thread the turn simply passes from each sheet to the next.
 */
final class ZipTurn {

    private Object holder;
    private boolean abandoned;

    /** Takes the turn for {@code sheet} if nobody has it; true if {@code sheet} has it now. */
    synchronized boolean tryTake(Object sheet) {
        if (holder == null && !abandoned) {
            holder = sheet;
        }
        return holder == sheet;
    }

    /** Waits for the turn; fails when the book was abandoned, as no complete file can come of it any more. */
    synchronized void take(Object sheet) throws IOException {
        while (!tryTake(sheet)) {
            if (abandoned) {
                throw new IOException("another sheet of the workbook failed");
            }
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while waiting to write a sheet");
            }
        }
    }

    synchronized void release(Object sheet) {
        if (holder == sheet) {
            holder = null;
            notifyAll();
        }
    }

    /** A sheet failed: nobody waits for the turn any longer. */
    synchronized void abandon() {
        abandoned = true;
        notifyAll();
    }
}
