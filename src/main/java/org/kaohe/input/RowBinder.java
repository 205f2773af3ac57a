package org.kaohe.input;

/** Turns a raw row of one kind into its typed record, or rejects it with the first rule it breaks. */
@FunctionalInterface
public interface RowBinder<T> {

    T bind(RawRow row) throws RowRejectedException;
}
