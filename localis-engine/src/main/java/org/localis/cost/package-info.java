/**
 * Cost-based origin methods as the USMCA Uniform Regulations (Canada: SOR/2020-155) define them: the cost
 * statement of a good (total cost, excluded costs, net cost), non-allowable interest (Schedule 9), reasonable
 * allocation of costs among goods produced together (Schedule 5), costs in several currencies at dated
 * rates, averaging periods (s. 7(15), s. 16) with thresholds that change on given dates, intermediate
 * materials (s. 8(6)-(8)), supplier statements of accumulation (s. 9), identical materials (Schedule 7:
 * FIFO, LIFO, rolling average), fungible materials and goods (Schedule 8: FIFO, LIFO, average) and sets
 * (s. 6). All money is exact {@link java.math.BigDecimal}; every rounding is named where it happens.
 */
package org.localis.cost;
