package org.kaohe.report.xlsx;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.kaohe.report.ParallelWrites;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A streamed workbook whose sheets are filled by several {@link ParallelWrites} at once, one per part: a workbook
 * as large as HR's would otherwise keep one core busy for the whole of its writing. The part that finishes last
 * saves the file (or, when a part failed, only closes it for the staging folder to discard).
 */
final class BookParts {

    private static final Logger LOG = LoggerFactory.getLogger(BookParts.class);

    /** Filling one part's sheets, one after the other. */
    @FunctionalInterface
    interface Filling {
        void fill(XlsxBook part) throws IOException;
    }

    /** A part: the names of its sheets, in the order they take in the file, and how they are filled. */
    record Part(List<String> sheets, Filling filling) {
    }

    private BookParts() {
    }

    /**
     * Submits each part to {@code writes}, in the order given, as writing {@code what}; {@code saved} runs once the
     * file is complete.
     */
    static void write(String what, XlsxBook book, List<Part> parts, ParallelWrites writes, Runnable saved) {
        List<XlsxBook> books = book.parts(parts.stream().map(Part::sheets).toList());
        AtomicInteger left = new AtomicInteger(parts.size());
        AtomicBoolean failed = new AtomicBoolean();
        writes.closeLast(book);
        for (int i = 0; i < parts.size(); i++) {
            Part spec = parts.get(i);
            XlsxBook part = books.get(i);
            writes.submit(what, () -> {
                boolean filled = false;
                long started = System.nanoTime();
                try {
                    spec.filling().fill(part);
                    part.finishPart();
                    filled = true;
                    LOG.info("filled {} in {} ms", spec.sheets(), (System.nanoTime() - started) / 1_000_000);
                } finally {
                    if (!filled) {
                        failed.set(true);
                        book.abandon();
                    }
                    if (left.decrementAndGet() == 0) {
                        try (book) {
                            if (!failed.get()) {
                                book.save();
                                saved.run();
                            }
                        }
                    }
                }
            });
        }
    }
}
