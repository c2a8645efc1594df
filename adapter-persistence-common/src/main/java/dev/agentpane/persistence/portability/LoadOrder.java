package dev.agentpane.persistence.portability;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The order in which tables are loaded: parents before children. Tables that reference each other in a circle
 * (tasks → sessions → tasks) form one {@link Unit}: they are loaded in one transaction with the foreign keys checked
 * at its commit. Ties are broken by name, so the order is the same on every run and in every dialect.
 */
public final class LoadOrder {

    /**
     * Tables loaded together. {@code chunkable}: the unit is one table that references no table of its own unit,
     * so its rows may be committed in parts (checkpoints) without breaking a foreign key.
     */
    public record Unit(List<String> tables, boolean chunkable) {
        public Unit {
            tables = List.copyOf(tables);
        }
    }

    private LoadOrder() {
    }

    static List<Unit> of(DatabaseSchema schema) {
        Map<String, TreeSet<String>> parents = new TreeMap<>();
        for (Table table : schema.tables().values()) {
            TreeSet<String> referenced = new TreeSet<>();
            for (ForeignKey key : table.foreignKeys()) {
                if (schema.tables().containsKey(key.parentTable())) {
                    referenced.add(key.parentTable());
                }
            }
            parents.put(table.name(), referenced);
        }
        List<List<String>> components = new StronglyConnected(parents).components();
        // Tarjan emits a component after every component it reaches, i.e. parents first: the load order.
        List<Unit> units = new ArrayList<>();
        for (List<String> component : components) {
            boolean single = component.size() == 1 && !schema.table(component.get(0)).referencesItself();
            units.add(new Unit(component.stream().sorted().toList(), single));
        }
        return units;
    }

    /** Tarjan's algorithm over "table → the tables it references", visiting names in sorted order. */
    private static final class StronglyConnected {
        private final Map<String, TreeSet<String>> edges;
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<String, Integer> lowLink = new HashMap<>();
        private final Deque<String> stack = new ArrayDeque<>();
        private final List<List<String>> components = new ArrayList<>();
        private int counter;

        StronglyConnected(Map<String, TreeSet<String>> edges) {
            this.edges = edges;
        }

        List<List<String>> components() {
            for (String node : edges.keySet()) {
                if (!index.containsKey(node)) {
                    visit(node);
                }
            }
            return components;
        }

        private void visit(String node) {
            index.put(node, counter);
            lowLink.put(node, counter);
            counter++;
            stack.push(node);
            for (String next : edges.get(node)) {
                if (!index.containsKey(next)) {
                    visit(next);
                    lowLink.put(node, Math.min(lowLink.get(node), lowLink.get(next)));
                } else if (stack.contains(next)) {
                    lowLink.put(node, Math.min(lowLink.get(node), index.get(next)));
                }
            }
            if (lowLink.get(node).equals(index.get(node))) {
                List<String> component = new ArrayList<>();
                String member;
                do {
                    member = stack.pop();
                    component.add(member);
                } while (!member.equals(node));
                components.add(component);
            }
        }
    }
}
