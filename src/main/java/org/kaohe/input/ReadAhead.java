package org.kaohe.input;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvValidationException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A CSV file's records parsed on a thread of their own, a few batches ahead of the thread that checks and folds
 * them: on two cores OpenCSV's reading and splitting (about 40 % of a province's punch step) then costs no time of
 * the main thread. Records arrive in file order; a parse failure arrives after the records before it, so it is
 * reported at the same record as when reading on one thread.
 */
final class ReadAhead implements AutoCloseable {

    private static final int BATCH = 512;
    private static final int BATCHES_AHEAD = 8;

    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(BATCHES_AHEAD);
    private final Thread thread;
    private volatile boolean closed;
    private Batch batch = new Batch(new String[0][], 0, null, false);
    private int next;

    /** Records read, and how reading ended after them: at the end of the file, by a failure, or not yet. */
    private record Batch(String[][] records, int size, Throwable failure, boolean last) {
    }

    ReadAhead(CSVReader csv, String fileName) {
        thread = new Thread(() -> read(csv), "kaohe-read " + fileName);
        thread.setDaemon(true);
        thread.start();
    }

    private void read(CSVReader csv) {
        String[][] records = new String[BATCH][];
        int n = 0;
        try {
            for (String[] cells = csv.readNext(); cells != null && !closed; cells = csv.readNext()) {
                records[n++] = cells;
                if (n == BATCH) {
                    queue.put(new Batch(records, n, null, false));
                    records = new String[BATCH][];
                    n = 0;
                }
            }
            queue.put(new Batch(records, n, null, true));
        } catch (InterruptedException e) {
            // closed by the reading side
        } catch (Exception | Error e) {
            // whatever ends the reading (an OutOfMemoryError too) must reach the waiting side, or it waits forever
            try {
                queue.put(new Batch(records, n, e, true));
            } catch (InterruptedException closedMeanwhile) {
                // nobody waits for the failure any more
            }
        }
    }

    /** The next record, or null at the end of the file; throws what reading the file threw, where it threw it. */
    String[] next() throws IOException, CsvValidationException {
        while (next == batch.size()) {
            if (batch.last()) {
                rethrow(batch.failure());
                return null;
            }
            try {
                batch = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while reading");
            }
            next = 0;
        }
        return batch.records()[next++];
    }

    private static void rethrow(Throwable failure) throws IOException, CsvValidationException {
        if (failure instanceof IOException e) {
            throw e;
        }
        if (failure instanceof CsvValidationException e) {
            throw e;
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
    }

    /** Stops the reading thread (the file may be left unread after a wrong header) and waits for it. */
    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        queue.clear();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
