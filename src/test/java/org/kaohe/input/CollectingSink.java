package org.kaohe.input;

import java.util.ArrayList;
import java.util.List;

import org.kaohe.common.Messages;
import org.kaohe.common.Msg;
import org.kaohe.common.SourceRef;

/** Keeps what a reader delivers, warnings rendered in Chinese as a user reads them. */
final class CollectingSink implements RowSink {

    static final Messages ZH = Messages.forLang("zh");

    final List<RawRow> rows = new ArrayList<>();
    final List<Rejection> rejections = new ArrayList<>();
    final List<SourceRef> warningPlaces = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();

    @Override
    public void row(RawRow row) {
        rows.add(row);
    }

    @Override
    public void rejected(Rejection rejection) {
        rejections.add(rejection);
    }

    @Override
    public void warning(SourceRef where, Msg message) {
        warningPlaces.add(where);
        warnings.add(ZH.get(message));
    }

    List<String> column(String key) {
        return rows.stream().map(r -> r.get(key)).toList();
    }

    List<SourceRef> sources() {
        return rows.stream().map(RawRow::source).toList();
    }
}
