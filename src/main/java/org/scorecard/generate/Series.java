package org.scorecard.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The value of every agency, indicator and month, computed on demand from the seed. An agency that
 * reports a {@code sum} or {@code last} indicator which some of its children report sends the sum of
 * their figures give or take 0.2 % (so roll-up checks find only what faulty rows cause); other series
 * have a level by kind of agency, a yearly growth, a seasonal swing and a little noise. Counts are
 * whole; procedures decentralised never exceed procedures in force.
 */
final class Series {

	private final long seed;

	private final List<Tree.Node> agencies;

	private final List<Catalogue.Ind> indicators;

	private final int procTotal;

	Series(long seed, List<Tree.Node> agencies, List<Catalogue.Ind> indicators) {
		this.seed = seed;
		this.agencies = agencies;
		this.indicators = indicators;
		this.procTotal = indicators.stream().filter(i -> i.code().equals("PROC_TOTAL")).mapToInt(Catalogue.Ind::index)
			.findFirst()
			.orElse(-1);
	}

	/** The agency's figure, rounded to the indicator's decimals; {@code month} counts from January 2000 = 0. */
	BigDecimal value(int agency, int indicator, int month) {
		return BigDecimal.valueOf(raw(agency, indicator, month)).setScale(indicators.get(indicator).decimals(),
				RoundingMode.HALF_UP);
	}

	private double raw(int agency, int indicator, int month) {
		Tree.Node node = agencies.get(agency);
		Catalogue.Ind ind = indicators.get(indicator);
		if (ind.rollsUp()) {
			double sum = 0;
			boolean any = false;
			for (int child : node.children) {
				if (agencies.get(child).reports(indicator)) {
					sum += value(child, indicator, month).doubleValue();
					any = true;
				}
			}
			if (any) {
				return round(sum * (1 + 0.002 * Hash.signed(seed, 21, agency, indicator, month)), ind.decimals());
			}
		}
		return round(own(node, ind, month), ind.decimals());
	}

	private double own(Tree.Node node, Catalogue.Ind ind, int month) {
		int a = node.index;
		int i = ind.index();
		double kind = switch (node.kind) {
			case "nation" -> 60;
			case "ministry" -> 8;
			case "province" -> 5;
			case "mission" -> 0.4;
			default -> 1;
		};
		double level = ind.scale() * (0.3 + 1.4 * Hash.unit(seed, 1, a, i));
		double years = (month - 24 * 12) / 12.0;
		if (ind.aggregation().equals("avg")) {
			double centre = ind.unit().equals("PERCENT") ? Math.min(95, level) : ind.scale() + 3 * Hash.signed(seed, 2, a, i);
			double swing = ind.unit().equals("PERCENT") ? 3 : 1.5;
			double v = centre + swing * Hash.signed(seed, 3, a, i, month);
			return ind.unit().equals("PERCENT") ? Math.clamp(v, 0, 100) : Math.max(0, v);
		}
		if (ind.aggregation().equals("last")) {
			if (ind.code().equals("PROC_DECENTRALISED") && procTotal >= 0) {
				double total = round(own(node, indicators.get(procTotal), month), 0);
				double share = Math.min(0.9, 0.3 + 0.4 * Hash.unit(seed, 4, a) + 0.004 * Math.max(0, month - 24 * 12));
				return Math.floor(total * share);
			}
			double base = Math.round(level * kind);
			double rate = (ind.direction().equals("down") ? -0.005 : 0.01) * base * Hash.unit(seed, 5, a, i);
			return Math.max(0, base + Math.floor(rate * (month - 20 * 12)));
		}
		double growth = -0.04 + 0.16 * Hash.unit(seed, 6, a, i);
		double season = (0.04 + 0.08 * Hash.unit(seed, 7, a, i))
				* Math.sin(2 * Math.PI * ((month % 12) + 12 * Hash.unit(seed, 8, a, i)) / 12);
		double noise = 0.04 * Hash.signed(seed, 9, a, i, month);
		return Math.max(0, level * kind * Math.pow(1 + growth, years) * (1 + season) * (1 + noise));
	}

	private static double round(double v, int decimals) {
		return BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
	}

}
