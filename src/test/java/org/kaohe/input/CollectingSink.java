package org.kaohe.input;

import java.util.ArrayList;
import java.util.List;

import org.kaohe.common.Messages;
import org.kaohe.common.Msg;
import org.kaohe.common.SourceRef;

/** Keeps what a reader delivers, warnings rendered in Chinese as a user reads them. */
public final class CollectingSink implements RowSink {

    public static final Messages ZH = Messages.forLang("zh");

    public final List<RawRow> rows = new ArrayList<>();
    public final List<Rejection> rejections = new ArrayList<>();
    public final List<SourceRef> warningPlaces = new ArrayList<>();
    public final List<String> warnings = new ArrayList<>();

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

    public List<String> column(String key) {
        return rows.stream().map(r -> r.get(key)).toList();
    }

    public List<SourceRef> sources() {
        return rows.stream().map(RawRow::source).toList();
    }
}
