package org.kaohe.report.fivedontlets;

import org.kaohe.discipline.DontLet;

/** One colour per don't-let, the same in the workbook's charts and on the web page; distinguishable in grey print. */
final class Palette {

    private static final String[] HEX = {"1F4E79", "C55A11", "A50021", "7F6000", "548235"};

    private Palette() {
    }

    static String hex(DontLet d) {
        return HEX[d.ordinal()];
    }

    static byte[] rgb(DontLet d) {
        String h = hex(d);
        return new byte[] {(byte) Integer.parseInt(h.substring(0, 2), 16),
                (byte) Integer.parseInt(h.substring(2, 4), 16), (byte) Integer.parseInt(h.substring(4, 6), 16)};
    }
}
