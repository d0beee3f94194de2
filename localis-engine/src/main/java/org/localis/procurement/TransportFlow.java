package org.localis.procurement;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * Min-cost flow on the bipartite purchase network: source → offer (the offer's units, at its unit cost, between
 * a lower and an upper bound) → requirement (where the offer fits, uncapacitated) → sink (the requirement's
 * quantity). Successive shortest paths with a queue-based Bellman-Ford (costs may be negative in the residual
 * network, never on a cycle): each augmentation pushes the bottleneck of a cheapest path, so the flow of every
 * value reached is a cheapest flow of that value, and the cost of one more unit never goes down (the cheapest
 * cost as a function of the value is convex).
 *
 * <p>Lower bounds are met first: the flow is pushed through the mandatory part of each source arc, which is then
 * locked (never undone), before the remaining capacity is opened.
 */
final class TransportFlow {

    /** A flow: units from offer i to requirement j, and its value. */
    record Flow(long[][] units, long value) {
        long offerTotal(int i) {
            long s = 0;
            for (long u : units[i]) {
                s += u;
            }
            return s;
        }
    }

    private final int offers;
    private final int requirements;
    private final boolean[][] fits;
    private final long[] demand;

    TransportFlow(boolean[][] fits, long[] demand) {
        this.offers = fits.length;
        this.requirements = demand.length;
        this.fits = fits;
        this.demand = demand;
    }

    /**
     * A cheapest flow of exactly {@code target} units with {@code lo[i] <= units of offer i <= hi[i]}, or null
     * when there is none.
     */
    Flow cheapest(BigInteger[] unitCost, long[] lo, long[] hi, long target) {
        Network net = new Network(unitCost, lo, hi);
        long mandatory = Arrays.stream(lo).sum();
        if (mandatory > target) {
            return null;
        }
        long pushed = net.push(mandatory, null);
        if (pushed < mandatory) {
            return null;
        }
        net.openRest();
        pushed += net.push(target - mandatory, null);
        return pushed < target ? null : net.flow(pushed);
    }

    /**
     * The most units that can be bought for at most {@code budget} in total cost, as a cheapest flow of that
     * value; each offer between 0 and {@code hi[i]} units. Exact because the cost of one more unit never goes
     * down: it stops at the first unit that does not fit.
     */
    Flow mostWithin(BigInteger[] unitCost, long[] hi, BigInteger budget) {
        Network net = new Network(unitCost, new long[offers], hi);
        net.openRest();
        long pushed = net.push(Long.MAX_VALUE, budget);
        return net.flow(pushed);
    }

    /** The residual network. Nodes: 0 source, 1..n offers, n+1..n+m requirements, n+m+1 sink. */
    private final class Network {
        private final int nodes = offers + requirements + 2;
        private final int sink = nodes - 1;
        private final int[] head;
        private int[] next = new int[16];
        private int[] to = new int[16];
        private long[] cap = new long[16];
        private BigInteger[] cost = new BigInteger[16];
        private int arcs;
        private final int[] mandatoryArc;
        private final int[] restArc;
        private final long[] rest;
        private final int[][] pairArc;

        Network(BigInteger[] unitCost, long[] lo, long[] hi) {
            head = new int[nodes];
            Arrays.fill(head, -1);
            mandatoryArc = new int[offers];
            restArc = new int[offers];
            rest = new long[offers];
            pairArc = new int[offers][requirements];
            for (int i = 0; i < offers; i++) {
                if (hi[i] < lo[i]) {
                    throw new IllegalArgumentException("bounds");
                }
                mandatoryArc[i] = add(0, 1 + i, lo[i], unitCost[i]);
                restArc[i] = add(0, 1 + i, 0, unitCost[i]);
                rest[i] = hi[i] - lo[i];
            }
            for (int i = 0; i < offers; i++) {
                for (int j = 0; j < requirements; j++) {
                    pairArc[i][j] = fits[i][j] ? add(1 + i, 1 + offers + j, Long.MAX_VALUE / 4, BigInteger.ZERO) : -1;
                }
            }
            for (int j = 0; j < requirements; j++) {
                add(1 + offers + j, sink, demand[j], BigInteger.ZERO);
            }
        }

        private int add(int from, int target, long capacity, BigInteger c) {
            ensure(arcs + 2);
            int a = arcs;
            link(a, from, target, capacity, c);
            link(a + 1, target, from, 0, c.negate());
            arcs += 2;
            return a;
        }

        private void link(int a, int from, int target, long capacity, BigInteger c) {
            to[a] = target;
            cap[a] = capacity;
            cost[a] = c;
            next[a] = head[from];
            head[from] = a;
        }

        private void ensure(int n) {
            if (n > to.length) {
                int size = Math.max(n, to.length * 2);
                next = Arrays.copyOf(next, size);
                to = Arrays.copyOf(to, size);
                cap = Arrays.copyOf(cap, size);
                cost = Arrays.copyOf(cost, size);
            }
        }

        /** Locks the mandatory units (their reverse arcs are closed) and opens the rest of each source arc. */
        void openRest() {
            for (int i = 0; i < offers; i++) {
                cap[mandatoryArc[i] ^ 1] = 0;
                cap[restArc[i]] = rest[i];
            }
        }

        /** Pushes up to {@code limit} units along cheapest paths, within {@code budget} when not null. */
        long push(long limit, BigInteger budget) {
            long pushed = 0;
            BigInteger left = budget;
            BigInteger[] dist = new BigInteger[nodes];
            int[] via = new int[nodes];
            boolean[] queued = new boolean[nodes];
            while (pushed < limit) {
                Arrays.fill(dist, null);
                Arrays.fill(via, -1);
                dist[0] = BigInteger.ZERO;
                ArrayDeque<Integer> queue = new ArrayDeque<>();
                queue.add(0);
                queued[0] = true;
                while (!queue.isEmpty()) {
                    int u = queue.poll();
                    queued[u] = false;
                    for (int a = head[u]; a >= 0; a = next[a]) {
                        if (cap[a] <= 0) {
                            continue;
                        }
                        BigInteger d = dist[u].add(cost[a]);
                        int v = to[a];
                        if (dist[v] == null || d.compareTo(dist[v]) < 0) {
                            dist[v] = d;
                            via[v] = a;
                            if (!queued[v]) {
                                queued[v] = true;
                                queue.add(v);
                            }
                        }
                    }
                }
                if (dist[sink] == null) {
                    break;
                }
                long amount = limit - pushed;
                for (int v = sink; v != 0; v = to[via[v] ^ 1]) {
                    amount = Math.min(amount, cap[via[v]]);
                }
                if (left != null && dist[sink].signum() > 0) {
                    BigInteger affordable = left.divide(dist[sink]);
                    if (affordable.compareTo(BigInteger.valueOf(amount)) < 0) {
                        amount = affordable.longValue();
                    }
                }
                if (amount <= 0) {
                    break;
                }
                for (int v = sink; v != 0; v = to[via[v] ^ 1]) {
                    cap[via[v]] -= amount;
                    cap[via[v] ^ 1] += amount;
                }
                if (left != null) {
                    left = left.subtract(dist[sink].multiply(BigInteger.valueOf(amount)));
                }
                pushed += amount;
            }
            return pushed;
        }

        Flow flow(long value) {
            long[][] units = new long[offers][requirements];
            for (int i = 0; i < offers; i++) {
                for (int j = 0; j < requirements; j++) {
                    if (pairArc[i][j] >= 0) {
                        units[i][j] = cap[pairArc[i][j] ^ 1];
                    }
                }
            }
            return new Flow(units, value);
        }
    }
}
