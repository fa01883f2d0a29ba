package org.scorecard.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Comparator;

import org.scorecard.reference.Operator;
import org.scorecard.reference.Target;

/**
 * How far a result stands from its target, in tolerances: |measured - bound| / tolerance, the bound
 * being the target's value (the value expected by now for an annual plan, the nearer bound for
 * {@code between}). Unit-free, so an export shortfall and a growth shortfall can be ranked together:
 * an at-risk result is within 1, an off-track one beyond it (rules.md s. 6).
 */
final class Distance {

	/** Results farthest from their targets first; results without a measured figure last. */
	static final Comparator<ReportData.Result> WORST_FIRST = Comparator
		.comparing(Distance::of, Comparator.nullsLast(Comparator.reverseOrder()));

	private Distance() {
	}

	static BigDecimal of(ReportData.Result result) {
		Target target = result.target();
		BigDecimal x = result.measured();
		if (target == null || x == null) {
			return null;
		}
		BigDecimal bound = result.expected() != null && target.operator() != Operator.BETWEEN ? result.expected()
				: target.value();
		if (target.operator() == Operator.BETWEEN && target.valueMax() != null
				&& x.subtract(target.valueMax()).abs().compareTo(x.subtract(target.value()).abs()) < 0) {
			bound = target.valueMax();
		}
		BigDecimal gap = x.subtract(bound).abs();
		BigDecimal tolerance = result.tolerance();
		if (tolerance == null || tolerance.signum() == 0) {
			return gap;
		}
		return gap.divide(tolerance, MathContext.DECIMAL64);
	}

}
