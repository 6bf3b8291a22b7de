package io.sextant.geometry;

import java.util.List;
import java.util.function.Function;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.AbstractNode;
import org.locationtech.jts.index.strtree.Boundable;
import org.locationtech.jts.index.strtree.ItemBoundable;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * An {@link STRtree}, built once and then queried without locking.
 * <p>
 * {@code STRtree.query} enters the synchronized {@code build()} on every call, so threads sharing one tree queue on
 * its monitor. Once built the tree never changes, so walking its nodes directly needs no lock.
 * <p>
 * Immutable, thread-safe.
 *
 * @param <T> the indexed items
 */
final class LockFreeTree<T> {

    /** Receives each item whose envelope meets the query box; returns false to stop the query. */
    @FunctionalInterface
    interface Visitor<T> {
        boolean visit(T item);
    }

    private final AbstractNode root;

    private LockFreeTree(AbstractNode root) {
        this.root = root;
    }

    static <T> LockFreeTree<T> of(List<? extends T> items, Function<? super T, Envelope> envelope) {
        STRtree tree = new STRtree();
        for (T item : items) {
            tree.insert(envelope.apply(item), item);
        }
        tree.build();
        return new LockFreeTree<>(tree.isEmpty() ? null : tree.getRoot());
    }

    /**
     * Visits the items whose envelopes meet the box, in no particular order.
     *
     * @return false if the visitor stopped the query
     */
    boolean query(double minX, double minY, double maxX, double maxY, Visitor<? super T> visitor) {
        return root == null || visit(root, minX, minY, maxX, maxY, visitor);
    }

    @SuppressWarnings("unchecked")
    private static <T> boolean visit(AbstractNode node, double minX, double minY, double maxX, double maxY,
            Visitor<? super T> visitor) {
        List<?> children = node.getChildBoundables();
        for (int i = 0, n = children.size(); i < n; i++) {
            Boundable child = (Boundable) children.get(i);
            Envelope bounds = (Envelope) child.getBounds();
            if (bounds.getMaxX() < minX || bounds.getMinX() > maxX
                    || bounds.getMaxY() < minY || bounds.getMinY() > maxY) {
                continue;
            }
            boolean carryOn = child instanceof AbstractNode inner
                    ? visit(inner, minX, minY, maxX, maxY, visitor)
                    : visitor.visit((T) ((ItemBoundable) child).getItem());
            if (!carryOn) {
                return false;
            }
        }
        return true;
    }
}
