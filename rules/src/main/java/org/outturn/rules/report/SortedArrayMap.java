package org.outturn.rules.report;

import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * A sorted map of a few entries in two arrays, keys in their natural order, for the maps of an
 * {@link IndicatorEntry}: a dozen outturns take two arrays rather than a dozen tree nodes, and a lookup
 * is a binary search. It is only ever handed out wrapped in
 * {@link Collections#unmodifiableSortedMap(SortedMap)}, as the {@code TreeMap}s it replaces were, so
 * that every view and every refused change is the JDK's; it answers every query as a {@code TreeMap} of
 * the same entries would (a null key or one of another type fails as there), and its sub-maps are
 * views of such a {@code TreeMap}.
 *
 * <p>Immutable and thread-safe once made, provided its keys and values are.
 *
 * @param <K>  the keys, compared by their natural order
 * @param <V>  the values
 */
final class SortedArrayMap<K, V> extends AbstractMap<K, V> implements SortedMap<K, V> {

    private static final SortedMap<Object, Object> EMPTY =
            Collections.unmodifiableSortedMap(new SortedArrayMap<>(new Object[0], new Object[0]));

    private final Object[] keys;
    private final Object[] values;

    private SortedArrayMap(Object[] keys, Object[] values) {
        this.keys = keys;
        this.values = values;
    }

    /** Returns the unmodifiable empty map, shared. */
    @SuppressWarnings("unchecked")
    static <K, V> SortedMap<K, V> empty() {
        return (SortedMap<K, V>) EMPTY;
    }

    /**
     * Returns an unmodifiable sorted map of the given entries, which must be in strictly ascending
     * order of their keys, none null; the arrays are kept, not copied.
     */
    static <K, V> SortedMap<K, V> ofSorted(Object[] keys, Object[] values) {
        return keys.length == 0 ? empty() : Collections.unmodifiableSortedMap(new SortedArrayMap<>(keys, values));
    }

    /** Returns an unmodifiable copy of a {@code TreeMap} of natural order. */
    static <K, V> SortedMap<K, V> copyOf(TreeMap<K, V> map) {
        Object[] keys = new Object[map.size()];
        Object[] values = new Object[map.size()];
        int i = 0;
        for (Map.Entry<K, V> entry : map.entrySet()) {
            keys[i] = entry.getKey();
            values[i] = entry.getValue();
            i++;
        }
        return ofSorted(keys, values);
    }

    /** Returns the index of the key, or {@code -(insertion point) - 1}, comparing as {@code TreeMap} does. */
    @SuppressWarnings("unchecked")
    private int indexOf(Object key) {
        if (key == null) {
            throw new NullPointerException();
        }
        Comparable<Object> k = (Comparable<Object>) key;
        int low = 0;
        int high = keys.length - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int cmp = k.compareTo(keys[mid]);
            if (cmp > 0) {
                low = mid + 1;
            } else if (cmp < 0) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -(low + 1);
    }

    @Override
    public int size() {
        return keys.length;
    }

    @Override
    public boolean isEmpty() {
        return keys.length == 0;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V get(Object key) {
        int i = indexOf(key);
        return i >= 0 ? (V) values[i] : null;
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public boolean containsValue(Object value) {
        for (Object v : values) {
            if (v == null ? value == null : v.equals(value)) {
                return true;
            }
        }
        return false;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void forEach(BiConsumer<? super K, ? super V> action) {
        if (action == null) {
            throw new NullPointerException();
        }
        for (int i = 0; i < keys.length; i++) {
            action.accept((K) keys[i], (V) values[i]);
        }
    }

    @Override
    public Comparator<? super K> comparator() {
        return null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public K firstKey() {
        if (keys.length == 0) {
            throw new NoSuchElementException();
        }
        return (K) keys[0];
    }

    @Override
    @SuppressWarnings("unchecked")
    public K lastKey() {
        if (keys.length == 0) {
            throw new NoSuchElementException();
        }
        return (K) keys[keys.length - 1];
    }

    /** Returns the entries as a {@code TreeMap}, for the sub-maps, which are its views. */
    @SuppressWarnings("unchecked")
    private TreeMap<K, V> tree() {
        TreeMap<K, V> tree = new TreeMap<>();
        for (int i = 0; i < keys.length; i++) {
            tree.put((K) keys[i], (V) values[i]);
        }
        return tree;
    }

    @Override
    public SortedMap<K, V> subMap(K fromKey, K toKey) {
        return tree().subMap(fromKey, toKey);
    }

    @Override
    public SortedMap<K, V> headMap(K toKey) {
        return tree().headMap(toKey);
    }

    @Override
    public SortedMap<K, V> tailMap(K fromKey) {
        return tree().tailMap(fromKey);
    }

    @Override
    public Set<K> keySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<K> iterator() {
                return new Cursor<>(keys);
            }

            @Override
            public int size() {
                return keys.length;
            }

            @Override
            public boolean contains(Object o) {
                return containsKey(o);
            }
        };
    }

    @Override
    public Collection<V> values() {
        return new AbstractCollection<>() {
            @Override
            public Iterator<V> iterator() {
                return new Cursor<>(values);
            }

            @Override
            public int size() {
                return values.length;
            }
        };
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            @SuppressWarnings("unchecked")
            public Iterator<Map.Entry<K, V>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < keys.length;
                    }

                    @Override
                    public Map.Entry<K, V> next() {
                        if (next >= keys.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new AbstractMap.SimpleImmutableEntry<>((K) keys[i], (V) values[i]);
                    }
                };
            }

            @Override
            public int size() {
                return keys.length;
            }
        };
    }

    /** Walks one of the arrays in order. */
    private static final class Cursor<E> implements Iterator<E> {
        private final Object[] items;
        private int next;

        Cursor(Object[] items) {
            this.items = items;
        }

        @Override
        public boolean hasNext() {
            return next < items.length;
        }

        @Override
        @SuppressWarnings("unchecked")
        public E next() {
            if (next >= items.length) {
                throw new NoSuchElementException();
            }
            return (E) items[next++];
        }
    }
}
