package org.kaohe.rules;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.kaohe.common.Msg;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A strict view of one YAML mapping of the rules file: every key must be known, every value well-formed, and a
 * mistake is reported with its dotted path and line so HR can find the typo.
 */
final class YamlMap {

    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    private final String file;
    private final String path;
    private final Node node;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
    private final List<String> known = new ArrayList<>();

    YamlMap(String file, String path, Node node) throws RulesException {
        this.file = file;
        this.path = path;
        this.node = node;
        if (!(node instanceof MappingNode mapping)) {
            throw error(node, "rules.not_a_section");
        }
        for (NodeTuple t : mapping.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode key)) {
                throw error(t.getKeyNode(), "hostile.rules_syntax");
            }
            // YAML keeps the last of two equal keys: the line HR corrected may not be the one that counts
            NodeTuple first = entries.putIfAbsent(key.getValue(), t);
            if (first != null) {
                throw error(key, "hostile.rules_duplicate_key", child(key.getValue()),
                        String.valueOf(first.getKeyNode().getStartMark().getLine() + 1));
            }
        }
    }

    YamlMap map(String key) throws RulesException {
        return new YamlMap(file, child(key), value(key));
    }

    BigDecimal decimal(String key) throws RulesException {
        return decimalOf(value(key), child(key));
    }

    BigDecimal nonNegative(String key) throws RulesException {
        BigDecimal d = decimal(key);
        if (d.signum() < 0) {
            throw error(value(key), "rules.negative", child(key));
        }
        return d;
    }

    int integer(String key) throws RulesException {
        BigDecimal d = nonNegative(key);
        try {
            return d.intValueExact();
        } catch (ArithmeticException e) {
            throw error(value(key), "rules.not_a_whole_number", child(key));
        }
    }

    LocalTime time(String key) throws RulesException {
        return timeOf(value(key), child(key));
    }

    String text(String key) throws RulesException {
        return scalar(value(key), child(key));
    }

    <E extends Enum<E>> E choice(String key, Class<E> type) throws RulesException {
        return enumOf(value(key), child(key), type);
    }

    List<YamlMap> maps(String key) throws RulesException {
        List<YamlMap> out = new ArrayList<>();
        List<Node> items = sequence(key);
        for (int i = 0; i < items.size(); i++) {
            out.add(new YamlMap(file, child(key) + "[" + (i + 1) + "]", items.get(i)));
        }
        return out;
    }

    <E extends Enum<E>> List<E> choices(String key, Class<E> type) throws RulesException {
        List<E> out = new ArrayList<>();
        for (Node item : sequence(key)) {
            out.add(enumOf(item, child(key), type));
        }
        return out;
    }

    /** A mapping whose keys are enum codes, each with a non-negative number; every code of the enum required. */
    <E extends Enum<E>> Map<E, BigDecimal> amounts(String key, Class<E> type, List<E> codes) throws RulesException {
        YamlMap m = map(key);
        Map<E, BigDecimal> out = new EnumMap<>(type);
        for (E code : codes) {
            out.put(code, m.nonNegative(code.name()));
        }
        m.done();
        return out;
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    /** Call when every expected key was read: an unexpected key is a typo and stops the run. */
    void done() throws RulesException {
        for (Map.Entry<String, NodeTuple> e : entries.entrySet()) {
            if (!known.contains(e.getKey())) {
                String closest = known.stream()
                        .min(Comparator.comparingInt(k -> DISTANCE.apply(k, e.getKey())))
                        .orElse("");
                throw error(e.getValue().getKeyNode(), "rules.unknown_key", child(e.getKey()), child(closest));
            }
        }
    }

    private List<Node> sequence(String key) throws RulesException {
        Node v = value(key);
        if (!(v instanceof SequenceNode seq)) {
            throw error(v, "rules.not_a_list", child(key));
        }
        return seq.getValue();
    }

    private Node value(String key) throws RulesException {
        known.add(key);
        NodeTuple t = entries.get(key);
        if (t == null) {
            // a missing key next to an unknown look-alike is a typo: point at the typo's own line
            for (Map.Entry<String, NodeTuple> e : entries.entrySet()) {
                if (!known.contains(e.getKey()) && DISTANCE.apply(e.getKey(), key) <= 2) {
                    throw error(e.getValue().getKeyNode(), "rules.unknown_key", child(e.getKey()), child(key));
                }
            }
            throw error(node, "rules.missing_key", child(key));
        }
        return t.getValueNode();
    }

    private String child(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private String scalar(Node n, String where) throws RulesException {
        if (!(n instanceof ScalarNode s) || s.getValue().isBlank()) {
            throw error(n, "rules.not_a_value", where);
        }
        return s.getValue().strip();
    }

    private BigDecimal decimalOf(Node n, String where) throws RulesException {
        String s = scalar(n, where);
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            throw error(n, "rules.not_a_number", where, s);
        }
    }

    private LocalTime timeOf(Node n, String where) throws RulesException {
        String s = scalar(n, where);
        try {
            return LocalTime.parse(s.length() == 4 ? "0" + s : s);
        } catch (DateTimeParseException e) {
            throw error(n, "rules.not_a_time", where, s);
        }
    }

    private <E extends Enum<E>> E enumOf(Node n, String where, Class<E> type) throws RulesException {
        String s = scalar(n, where);
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(s)) {
                return e;
            }
            names.add(e.name());
        }
        throw error(n, "rules.not_a_choice", where, s, String.join(", ", names));
    }

    /** An error about the value of {@code key} (or this section when the key is absent). */
    RulesException errorAt(String key, String msgKey, Object... args) {
        NodeTuple t = entries.get(key);
        Object[] all = new Object[args.length + 1];
        all[0] = child(key);
        System.arraycopy(args, 0, all, 1, args.length);
        return error(t == null ? node : t.getValueNode(), msgKey, all);
    }

    private RulesException error(Node at, String key, Object... args) {
        Object[] all = new Object[args.length + 2];
        all[0] = file;
        all[1] = String.valueOf(at.getStartMark().getLine() + 1);
        System.arraycopy(args, 0, all, 2, args.length);
        return new RulesException(Msg.of(key, all));
    }
}
